package uk.care.tracker.probation;

/**
 * The Probation Action process: what the code and the tests rely on in {@code processes/probation-action.bpmn}.
 * {@code ProcessContractsTest} reads the BPMN and its forms and fails when one of these ids, the key or a start form
 * field is no longer there, so a renamed element in the Modeler breaks the build in seconds rather than in an
 * integration test.
 */
public final class ProbationActionProcess {

    public static final String KEY = "probation-action";
    public static final String RESOURCE = "processes/probation-action.bpmn";

    // tasks
    public static final String TASK_MENTOR_SUPPORT_LOG = "Task_MentorSupportLog";
    public static final String TASK_DEPUTY_VERIFICATION = "Task_DeputyVerification";
    public static final String TASK_EARLY_WARNING_REVIEW = "Task_EarlyWarningReview";
    public static final String TASK_PROBATION_ESCALATION = "Task_ProbationEscalation";
    public static final String TASK_ENHANCED_OVERSIGHT_REVIEW = "Task_EnhancedOversightReview";
    public static final String TASK_REGISTER_ACTION = "Task_RegisterAction";

    // events the code or the tests wait for or fire
    public static final String TIMER_EARLY_WARNING = "Timer_EarlyWarning";
    public static final String TIMER_NEXT_VERIFICATION = "Timer_NextVerification";
    public static final String START_EVENT_OVERDUE_THRESHOLD = "StartEvent_OverdueThreshold";
    public static final String END_EVENT_NO_EARLY_WARNING = "EndEvent_NoEarlyWarning";
    public static final String END_EVENT_WARNING_ANSWERED = "EndEvent_WarningAnswered";
    public static final String END_EVENT_ALREADY_ESCALATED = "EndEvent_AlreadyEscalated";
    public static final String END_EVENT_ALREADY_UNDER_OVERSIGHT = "EndEvent_AlreadyUnderOversight";

    /**
     * The start form {@code forms/probation-action-start.form}: the variables a process starts with (SPEC section
     * 8).
     */
    public static final class Start {

        public static final String FORM = "probation-action-start";

        public static final String STAFF_ID = "staffId";
        public static final String CHECKPOINT = "checkpoint";
        public static final String ACTION_DESCRIPTION = "actionDescription";
        public static final String COMPETENCY_AREA = "competencyArea";
        public static final String DEADLINE = "deadline";
        public static final String PERSON_RESPONSIBLE = "personResponsible";

        private Start() {
        }
    }

    private ProbationActionProcess() {
    }
}
