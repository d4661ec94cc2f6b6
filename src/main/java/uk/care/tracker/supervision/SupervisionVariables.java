package uk.care.tracker.supervision;

import uk.care.tracker.evidence.ClosureEvidence;

/**
 * Names of the {@code supervision-action} process variables. The start variables are the public contract of
 * SPEC section 8; the others are set by the forms (their keys) or by the workflow's own delegates.
 */
final class SupervisionVariables {

    // start form (public contract)
    static final String ACTION_DESCRIPTION = "actionDescription";
    static final String ACTION_CATEGORY = "actionCategory";
    static final String DEADLINE = "deadline";
    static final String SUPERVISION_DATE = "supervisionDate";
    static final String MANAGER_RESPONSIBLE = "managerResponsible";
    static final String INITIATOR = "initiator";

    // Deputy Manager verification form
    static final String PRIORITY = "priority";
    static final String EVIDENCE_REQUIRED = "evidenceRequired";
    static final String REVIEW_DATE = "reviewDate";
    static final String OUTCOME_CLARITY = "outcomeClarity";
    static final String RETURN_REASON = "returnReason";

    // Line Manager follow-up check form
    static final String EVIDENCE_SEEN = ClosureEvidence.SEEN;
    static final String DATE_CHECKED = "dateChecked";
    static final String COMPLETION_STATUS = "completionStatus";
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
    static final String LATE_ENTRY = "lateEntry";
    static final String FOLLOW_UP_DUE = "followUpDue";
    static final String ESCALATE_AT = "escalateAt";
    static final String ESCALATION_REASON = "escalationReason";
    static final String ACTION_CLOSED = "actionClosed";
    static final String ESCALATED = "escalated";
    static final String ESCALATED_ON = "escalatedOn";
    static final String REVIEW_CYCLE = "reviewCycle";

    // user task ids in supervision-action.bpmn, used to find who completed them
    static final String TASK_DEPUTY_VERIFICATION = SupervisionActionProcess.TASK_DEPUTY_VERIFICATION;
    static final String TASK_REWORD_ACTION = SupervisionActionProcess.TASK_REWORD_ACTION;
    static final String TASK_FOLLOW_UP_CHECK = SupervisionActionProcess.TASK_FOLLOW_UP_CHECK;
    static final String TASK_OVERDUE_REVIEW = SupervisionActionProcess.TASK_OVERDUE_REVIEW;
    static final String TASK_ASSIGN_REMEDIAL_OWNERSHIP = SupervisionActionProcess.TASK_ASSIGN_REMEDIAL_OWNERSHIP;

    private SupervisionVariables() {
    }
}
