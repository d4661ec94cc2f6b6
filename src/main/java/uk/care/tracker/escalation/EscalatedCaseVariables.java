package uk.care.tracker.escalation;

/**
 * Names of the {@code escalated-case} process variables: the start variables of SPEC section 8, the form keys
 * of each task (distinct per task, because the monitoring and review tasks run side by side), and what the
 * workflow keeps.
 * Names that mean the same in several workflows are in {@link uk.care.tracker.engine.TrackedItemVariables} and
 * {@link uk.care.tracker.engine.StaffVariables}; the task ids are in the process contract.
 */
final class EscalatedCaseVariables {

    // start form (public contract)
    static final String CONCERN_TYPE = "concernType";
    static final String THRESHOLD_MET = "thresholdMet";
    static final String CONCERN_CONFIRMED_DATE = "concernConfirmedDate";
    static final String ESCALATED_DATE = "escalatedDate";
    // set when the case is opened from repeated supervision actions
    static final String LINKED_ACTIONS = "linkedActions";
    static final String CONCERN_HISTORY = "concernHistory";
    static final String REPEAT_CONCERN_OFFER = "repeatConcernOffer";
    static final String OPENED_BY = "openedBy";

    // escalation action plan and acknowledgement
    static final String CORRECTIVE_ACTION = "correctiveAction";
    static final String REVIEW_MEETING_DATE = "reviewMeetingDate";
    static final String RECHECK_METHOD = "recheckMethod";
    static final String RECHECK_DETAILS = "recheckDetails";
    static final String ACKNOWLEDGED_BY = "acknowledgedBy";
    static final String ACKNOWLEDGED_ON = "acknowledgedOn";
    static final String ACKNOWLEDGEMENT_METHOD = "acknowledgementMethod";
    static final String ACKNOWLEDGEMENT_NOTES = "acknowledgementNotes";

    // interim monitoring check (after each check) and formal monitoring review (every seven days)
    static final String CHECK_SHIFT_OBSERVATIONS = "checkShiftObservations";
    static final String CHECK_AUDIT_FINDINGS = "checkAuditFindings";
    static final String CHECK_PROGRESS_RATING = "checkProgressRating";
    static final String REVIEW_SHIFT_OBSERVATIONS = "reviewShiftObservations";
    static final String REVIEW_AUDIT_FINDINGS = "reviewAuditFindings";
    static final String REVIEW_PROGRESS_RATING = "reviewProgressRating";

    // Registered Manager case review (fortnightly)
    static final String ACTION_PLAN_COMPLIANCE = "actionPlanCompliance";
    static final String REMAINING_RISK = "remainingRisk";
    static final String RECHECK_OUTCOME = "recheckOutcome";
    static final String NEXT_DECISION = "nextDecision";
    static final String MEETING_DATE = "meetingDate";

    // HR Lead close or advance
    static final String CASE_OUTCOME = "caseOutcome";
    static final String EVIDENCE_SUPPORTING_CLOSURE = "evidenceSupportingClosure";
    static final String HR_PATHWAY = "hrPathway";

    // senior provider oversight
    static final String OVERSIGHT_TRIGGER = "oversightTrigger";
    static final String OVERSIGHT_RESPONSE = "oversightResponse";
    static final String IMPROVEMENT_ACTIONS = "improvementActions";

    // kept by the workflow
    static final String LINE_MANAGER = "lineManager";
    static final String TARGET_CLOSURE_DATE = "targetClosureDate";
    static final String MONITORING_REVIEW_DAYS = "monitoringReviewDays";
    static final String CASE_REVIEW_DAYS = "caseReviewDays";
    static final String NO_PROGRESS_DAYS = "noProgressDays";
    static final String MISSED_REVIEWS_FOR_OVERSIGHT = "missedReviewsForOversight";
    static final String MONITORING_CYCLE = "monitoringCycle";
    static final String CASE_REVIEW_CYCLE = "caseReviewCycle";
    static final String MISSED_REVIEWS = "missedReviews";
    static final String SENIOR_OVERSIGHT_FOR_MISSED_REVIEWS = "seniorOversightForMissedReviews";
    static final String FAILED_HIGH_RISK_RECHECK = "failedHighRiskRecheck";
    static final String FIRST_PROGRESS_RATING = "firstProgressRating";
    static final String LATEST_PROGRESS_RATING = "latestProgressRating";
    static final String NO_MEASURABLE_PROGRESS = "noMeasurableProgress";
    static final String REVIEW_KIND = "reviewKind";

    private EscalatedCaseVariables() {
    }
}
