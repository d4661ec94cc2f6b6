package uk.care.tracker.supervision;

import uk.care.tracker.evidence.ClosureEvidence;

/**
 * Names of the {@code supervision-action} process variables. The start variables are the public contract of
 * SPEC section 8; the others are set by the forms (their keys) or by the workflow's own delegates.
 * Names that mean the same in several workflows are in {@link uk.care.tracker.engine.TrackedItemVariables} and
 * {@link uk.care.tracker.engine.StaffVariables}; the task ids are in the process contract.
 */
final class SupervisionVariables {

    // start form (public contract)
    static final String ACTION_CATEGORY = "actionCategory";
    static final String SUPERVISION_DATE = "supervisionDate";
    static final String MANAGER_RESPONSIBLE = "managerResponsible";

    // Deputy Manager verification form
    static final String PRIORITY = "priority";
    static final String EVIDENCE_REQUIRED = "evidenceRequired";
    static final String REVIEW_DATE = "reviewDate";
    static final String OUTCOME_CLARITY = "outcomeClarity";
    static final String RETURN_REASON = "returnReason";

    // Line Manager follow-up check form
    static final String EVIDENCE_SEEN = ClosureEvidence.SEEN;
    static final String DATE_CHECKED = "dateChecked";
    static final String EVIDENCE_TYPE = ClosureEvidence.TYPE;
    static final String EVIDENCE_DESCRIPTION = ClosureEvidence.DESCRIPTION;
    static final String EVIDENCE_ID = ClosureEvidence.FILE_ID;
    static final String NEXT_CHECK_DATE = "nextCheckDate";

    // Registered Manager overdue review and remedial ownership forms
    static final String REASON_FOR_DELAY = "reasonForDelay";
    static final String VALID_EXPLANATION = "validExplanation";
    static final String ESCALATION_STAGE = "escalationStage";
    static final String REMEDIAL_OWNER = "remedialOwner";
    static final String REMEDIAL_PLAN = "remedialPlan";

    // kept by the workflow
    static final String FOLLOW_UP_DUE = "followUpDue";
    static final String ACTION_CLOSED = "actionClosed";
    static final String ESCALATED_ON = "escalatedOn";
    static final String REVIEW_CYCLE = "reviewCycle";

    private SupervisionVariables() {
    }
}
