package uk.care.tracker.probation;

import uk.care.tracker.evidence.ClosureEvidence;

/**
 * Names of the {@code probation-action} process variables. The start variables are the public contract of
 * SPEC section 8; the others are set by the forms (their keys) or by the workflow's own delegates.
 * Names that mean the same in several workflows are in {@link uk.care.tracker.engine.TrackedItemVariables} and
 * {@link uk.care.tracker.engine.StaffVariables}; the task ids are in the process contract.
 */
final class ProbationVariables {

    /** Business key prefix: {@code PA-2026-000001}. */
    static final String PREFIX = "PA";

    // start form (public contract)
    static final String CHECKPOINT = "checkpoint";
    static final String COMPETENCY_AREA = "competencyArea";
    static final String PERSON_RESPONSIBLE = "personResponsible";

    // Mentor weekly support log form
    static final String SUPPORT_SESSIONS = "supportSessionsCompleted";
    static final String AREA_PRACTISED = "competencyAreaPractised";
    static final String CONFIDENCE_RATING = "confidenceRating";
    static final String SUPPORT_NOTES = "supportNotes";

    // Deputy Manager fortnightly verification form (the evidence fields are shared with every closing form)
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
    static final String ESCALATE_AT_ONCE = "escalateAtOnce";
    static final String SUPPORT_WEEK = "supportWeek";
    static final String LAST_CONFIDENCE_RATING = "lastConfidenceRating";
    static final String VERIFICATION_CYCLE = "verificationCycle";
    static final String ACTION_COMPLETE = "actionComplete";
    static final String ACTION_FAILED = "actionFailed";

    private ProbationVariables() {
    }
}
