package uk.care.tracker.notifications;

import java.time.LocalDate;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.StaffVariables;

/**
 * An escalation to tell its owner about. Build one with {@link #of(String, String)} and hand it to
 * {@link EscalationNotices#raise(EscalationNotice)}:
 * <pre>{@code
 * escalationNotices.raise(EscalationNotice.about(execution, "escalated")
 *         .action(actionDescription).deadline(deadline)
 *         .stage("Entered in the overdue actions register").reason(reason)
 *         .toGroup(CareGroups.REGISTERED_MANAGERS));
 * }</pre>
 *
 * @param businessKey       the tracked item ({@code SA-2026-000042}); required
 * @param event             names this escalation within the item ("escalated", "missed-review-2"); each event is
 *                          told once per owner, however often it is raised
 * @param ownerGroup        a group whose every member is told, or
 * @param ownerUser         one user who is told (exactly one of the two)
 * @param processInstanceId links the message to the item's tasks in Tasklist
 */
public record EscalationNotice(String businessKey, String event, String processInstanceId, String staffId,
                               String staffName, String actionDescription, LocalDate deadline, String stage,
                               String reason, String ownerGroup, String ownerUser) {

    public EscalationNotice {
        Objects.requireNonNull(businessKey, "businessKey");
        Objects.requireNonNull(event, "event");
        if ((ownerGroup == null) == (ownerUser == null)) {
            throw new IllegalArgumentException("An escalation notice goes to exactly one owner: a group or a user");
        }
    }

    /** Starts a notice about the item's event; finish it with {@link Builder#toGroup} or {@link Builder#toUser}. */
    public static Builder of(String businessKey, String event) {
        return new Builder(businessKey, event);
    }

    /**
     * Starts a notice about an escalation of the process's own item: its business key, its process instance (for the
     * link to its tasks) and the staff member it concerns, as every workflow keeps them.
     */
    public static Builder about(DelegateExecution item, String event) {
        ProcessFacts facts = ProcessFacts.of(item);
        return of(item.getProcessBusinessKey(), event).processInstance(item.getProcessInstanceId())
                .staff(facts.string(StaffVariables.STAFF_ID), facts.string(StaffVariables.STAFF_NAME));
    }

    public static final class Builder {
        private final String businessKey;
        private final String event;
        private String processInstanceId;
        private String staffId;
        private String staffName;
        private String actionDescription;
        private LocalDate deadline;
        private String stage;
        private String reason;

        private Builder(String businessKey, String event) {
            this.businessKey = businessKey;
            this.event = event;
        }

        public Builder processInstance(String processInstanceId) {
            this.processInstanceId = processInstanceId;
            return this;
        }

        public Builder staff(String staffId, String staffName) {
            this.staffId = staffId;
            this.staffName = staffName;
            return this;
        }

        public Builder action(String actionDescription) {
            this.actionDescription = actionDescription;
            return this;
        }

        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        /** Where the escalation now stands, in words for a manager ("Entered in the overdue actions register"). */
        public Builder stage(String stage) {
            this.stage = stage;
            return this;
        }

        /** Why it escalated, in words for a manager. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public EscalationNotice toGroup(String groupId) {
            return new EscalationNotice(businessKey, event, processInstanceId, staffId, staffName, actionDescription,
                    deadline, stage, reason, groupId, null);
        }

        public EscalationNotice toUser(String userId) {
            return new EscalationNotice(businessKey, event, processInstanceId, staffId, staffName, actionDescription,
                    deadline, stage, reason, null, userId);
        }
    }
}
