package uk.care.tracker.escalation;

import uk.care.tracker.engine.StaffVariables;

/**
 * The Escalated Case process: what the code and the tests rely on in {@code processes/escalated-case.bpmn}. {@code
 * ProcessContractsTest} reads the BPMN and its forms and fails when one of these ids, the key or a start form field
 * is no longer there, so a renamed element in the Modeler breaks the build in seconds rather than in an integration
 * test.
 */
public final class EscalatedCaseProcess {

    public static final String KEY = "escalated-case";
    public static final String RESOURCE = "processes/escalated-case.bpmn";

    // tasks
    public static final String TASK_ACTION_PLAN = "Task_ActionPlan";
    public static final String TASK_STAFF_ACKNOWLEDGEMENT = "Task_StaffAcknowledgement";
    public static final String TASK_MONITORING_CHECK = "Task_MonitoringCheck";
    public static final String TASK_MONITORING_REVIEW = "Task_MonitoringReview";
    public static final String TASK_CASE_REVIEW = "Task_CaseReview";
    public static final String TASK_HR_CLOSE_OR_ADVANCE = "Task_HrCloseOrAdvance";
    public static final String TASK_SENIOR_OVERSIGHT_REVIEW = "Task_SeniorOversightReview";

    // events the code or the tests wait for or fire
    public static final String TIMER_NEXT_CASE_REVIEW = "Timer_NextCaseReview";
    public static final String START_EVENT_PROGRESS_CHECK_DUE = "StartEvent_ProgressCheckDue";

    // the other elements the path tests walk through (service tasks run as jobs of their own)
    public static final String TASK_APPLY_CASE_SETTINGS = "Task_ApplyCaseSettings";
    public static final String TASK_OPEN_CASE = "Task_OpenCase";
    public static final String TASK_RECORD_ACTION_PLAN = "Task_RecordActionPlan";
    public static final String TASK_RECORD_ACKNOWLEDGEMENT = "Task_RecordAcknowledgement";
    public static final String END_EVENT_PLAN_ACKNOWLEDGED = "EndEvent_PlanAcknowledged";
    public static final String TASK_RECORD_MONITORING_CHECK = "Task_RecordMonitoringCheck";
    public static final String TASK_RECORD_MONITORING_REVIEW = "Task_RecordMonitoringReview";
    public static final String BOUNDARY_MONITORING_REVIEW_MISSED = "Boundary_MonitoringReviewMissed";
    public static final String TIMER_NEXT_MONITORING_REVIEW = "Timer_NextMonitoringReview";
    public static final String TASK_RECORD_MISSED_MONITORING_REVIEW = "Task_RecordMissedMonitoringReview";
    public static final String THROW_TWO_MISSED_REVIEWS = "Throw_TwoMissedReviews";
    public static final String BOUNDARY_CASE_REVIEW_MISSED = "Boundary_CaseReviewMissed";
    public static final String TASK_RECORD_MISSED_CASE_REVIEW = "Task_RecordMissedCaseReview";
    public static final String THROW_TWO_MISSED_REVIEWS_AT_CASE_REVIEW = "Throw_TwoMissedReviewsAtCaseReview";
    public static final String TASK_RECORD_CASE_REVIEW = "Task_RecordCaseReview";
    public static final String THROW_FAILED_HIGH_RISK_RECHECK = "Throw_FailedHighRiskRecheck";
    public static final String TASK_RECORD_CASE_CLOSURE = "Task_RecordCaseClosure";
    public static final String END_EVENT_CASE_CLOSED = "EndEvent_CaseClosed";
    public static final String TASK_CHECK_MEASURABLE_PROGRESS = "Task_CheckMeasurableProgress";
    public static final String THROW_NO_MEASURABLE_PROGRESS = "Throw_NoMeasurableProgress";
    public static final String END_EVENT_PROGRESS_SHOWN = "EndEvent_ProgressShown";
    public static final String TASK_ENTER_SERVICE_IMPROVEMENT_PLAN = "Task_EnterServiceImprovementPlan";
    public static final String END_EVENT_ADDED_TO_OPEN_REVIEW = "EndEvent_AddedToOpenReview";
    public static final String TASK_RECORD_SENIOR_OVERSIGHT = "Task_RecordSeniorOversight";
    public static final String END_EVENT_SENIOR_OVERSIGHT_RECORDED = "EndEvent_SeniorOversightRecorded";

    /** The start form {@code forms/escalated-case-start.form}: the variables a process starts with (SPEC section 8). */
    public static final class Start {

        public static final String FORM = "escalated-case-start";

        public static final String STAFF_ID = StaffVariables.STAFF_ID;
        public static final String CONCERN_TYPE = "concernType";
        public static final String THRESHOLD_MET = "thresholdMet";
        public static final String CONCERN_CONFIRMED_DATE = "concernConfirmedDate";
        public static final String ESCALATED_DATE = "escalatedDate";

        private Start() {
        }
    }

    private EscalatedCaseProcess() {
    }
}
