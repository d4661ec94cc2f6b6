package uk.care.tracker.probation;

import uk.care.tracker.engine.StaffVariables;

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

    // the other elements the path tests walk through (service tasks run as jobs of their own)
    public static final String TASK_APPLY_ESCALATION_RULES = "Task_ApplyEscalationRules";
    public static final String BOUNDARY_SUPPORT_LOG_MISSED = "Boundary_SupportLogMissed";
    public static final String TASK_RECORD_MISSED_SUPPORT_LOG = "Task_RecordMissedSupportLog";
    public static final String TASK_RECORD_SUPPORT_LOG = "Task_RecordSupportLog";
    public static final String TIMER_NEXT_SUPPORT_WEEK = "Timer_NextSupportWeek";
    public static final String BOUNDARY_VERIFICATION_MISSED = "Boundary_VerificationMissed";
    public static final String TASK_RECORD_MISSED_VERIFICATION = "Task_RecordMissedVerification";
    public static final String TASK_RECORD_VERIFICATION = "Task_RecordVerification";
    public static final String TASK_CLOSE_ACTION = "Task_CloseAction";
    public static final String END_EVENT_ACTION_CLOSED = "EndEvent_ActionClosed";
    public static final String TASK_APPLY_FAILURE_RULES = "Task_ApplyFailureRules";
    public static final String THROW_EVENT_ESCALATE_FAILED_ACTION = "ThrowEvent_EscalateFailedAction";
    public static final String TASK_RAISE_EARLY_WARNING = "Task_RaiseEarlyWarning";
    public static final String TASK_RECORD_EARLY_WARNING_REVIEW = "Task_RecordEarlyWarningReview";
    public static final String THROW_EVENT_ESCALATE_AFTER_WARNING = "ThrowEvent_EscalateAfterWarning";
    public static final String THROW_EVENT_ESCALATE_OVERDUE = "ThrowEvent_EscalateOverdue";
    public static final String TASK_RAISE_ESCALATION = "Task_RaiseEscalation";
    public static final String TASK_RECORD_ESCALATION = "Task_RecordEscalation";
    public static final String TIMER_REVISED_REVIEW_DATE = "Timer_RevisedReviewDate";
    public static final String TASK_RECORD_OVERSIGHT_REVIEW = "Task_RecordOversightReview";

    /**
     * The start form {@code forms/probation-action-start.form}: the variables a process starts with (SPEC section
     * 8).
     */
    public static final class Start {

        public static final String FORM = "probation-action-start";

        public static final String STAFF_ID = StaffVariables.STAFF_ID;
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
