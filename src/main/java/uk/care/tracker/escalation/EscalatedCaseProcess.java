package uk.care.tracker.escalation;

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

    /** The start form {@code forms/escalated-case-start.form}: the variables a process starts with (SPEC section 8). */
    public static final class Start {

        public static final String FORM = "escalated-case-start";

        public static final String STAFF_ID = "staffId";
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
