package uk.care.tracker.probation;

import uk.care.tracker.evidence.ClosureEvidence;

/**
 * Names of the {@code probation-action} process variables. The start variables are the public contract of
 * SPEC section 8; the others are set by the forms (their keys) or by the workflow's own delegates.
 */
final class ProbationVariables {

    /** Business key prefix: {@code PA-2026-000001}. */
    static final String PREFIX = "PA";

    // start form (public contract)
    static final String CHECKPOINT = "checkpoint";
    static final String ACTION_DESCRIPTION = "actionDescription";
    static final String COMPETENCY_AREA = "competencyArea";
    static final String DEADLINE = "deadline";
    static final String PERSON_RESPONSIBLE = "personResponsible";
    static final String INITIATOR = "initiator";

    // Mentor weekly support log form
    static final String SUPPORT_SESSIONS = "supportSessionsCompleted";
    static final String AREA_PRACTISED = "competencyAreaPractised";
    static final String CONFIDENCE_RATING = "confidenceRating";
    static final String SUPPORT_NOTES = "supportNotes";

    // Deputy Manager fortnightly verification form (the evidence fields are shared with every closing form)
    static final String COMPLETION_STATUS = "completionStatus";
    static final String RISK_CATEGORY = "probationRiskCategory";
    static final String EVIDENCE_SEEN = ClosureEvidence.SEEN;
    static final String EVIDENCE_TYPE = ClosureEvidence.TYPE;
    static final String EVIDENCE_DESCRIPTION = ClosureEvidence.DESCRIPTION;
    static final String EVIDENCE_ID = ClosureEvidence.FILE_ID;

    // Registered Manager probation escalation and enhanced oversight review forms
    static final String OVERDUE_REASON = "overdueReason";
    static final String INTERIM_RESTRICTION = "interimRestriction";
    static final String RESTRICTION_DETAILS = "restrictionDetails";
    static final String REVISED_REVIEW_DATE = "revisedReviewDate";
    static final String OVERSIGHT_PROGRESS = "oversightProgress";

    // Registered Manager week-12 early warning form
    static final String WARNING_RESPONSE = "warningResponse";
    static final String WARNING_NOTES = "warningNotes";

    // kept by the workflow
    static final String START_DATE = "startDate";
    static final String WEEK12_DECISION = "week12Decision";
    static final String OPENED_ON = "openedOn";
    static final String EARLY_WARNING_AT = "earlyWarningAt";
    static final String EARLY_WARNING_APPLIES = "earlyWarningApplies";
    static final String ESCALATE_AT = "escalateAt";
    static final String ESCALATE_AT_ONCE = "escalateAtOnce";
    static final String ESCALATION_REASON = "escalationReason";
    static final String ESCALATED = "escalated";
    static final String SUPPORT_WEEK = "supportWeek";
    static final String LAST_CONFIDENCE_RATING = "lastConfidenceRating";
    static final String VERIFICATION_CYCLE = "verificationCycle";
    static final String ACTION_COMPLETE = "actionComplete";
    static final String ACTION_FAILED = "actionFailed";

    // user task ids in probation-action.bpmn, used to find who completed them
    static final String TASK_MENTOR_SUPPORT_LOG = ProbationActionProcess.TASK_MENTOR_SUPPORT_LOG;
    static final String TASK_DEPUTY_VERIFICATION = ProbationActionProcess.TASK_DEPUTY_VERIFICATION;
    static final String TASK_PROBATION_ESCALATION = ProbationActionProcess.TASK_PROBATION_ESCALATION;
    static final String TASK_ENHANCED_OVERSIGHT_REVIEW = ProbationActionProcess.TASK_ENHANCED_OVERSIGHT_REVIEW;
    static final String TASK_EARLY_WARNING_REVIEW = ProbationActionProcess.TASK_EARLY_WARNING_REVIEW;

    private ProbationVariables() {
    }
}
