package uk.care.tracker.engine;

/**
 * The process variables that mean the same in more than one workflow, declared once: the start variables the
 * supervision and probation actions share (SPEC section 8), who started the item, and the escalation a missed deadline
 * leads to. Each workflow's own names stay in its package ({@code SupervisionVariables} and the others).
 */
public final class TrackedItemVariables {

    /** Who started the process: the start event's {@code camunda:initiator}. */
    public static final String INITIATOR = "initiator";
    public static final String ACTION_DESCRIPTION = "actionDescription";
    public static final String DEADLINE = "deadline";
    /** Entered later than the article allows: accepted, and flagged in the register. */
    public static final String LATE_ENTRY = "lateEntry";
    /** A closing form's answer: complete, or how far from it. */
    public static final String COMPLETION_STATUS = "completionStatus";
    /** When the escalation timer fires, as the process owner's decision table set it, and the reason it gave. */
    public static final String ESCALATE_AT = "escalateAt";
    public static final String ESCALATION_REASON = "escalationReason";
    /** Whether the item is escalated now. */
    public static final String ESCALATED = "escalated";

    private TrackedItemVariables() {
    }
}
