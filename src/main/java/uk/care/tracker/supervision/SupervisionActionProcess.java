package uk.care.tracker.supervision;

import uk.care.tracker.engine.StaffVariables;

/**
 * The Supervision Action process (article example 1): what the code and the tests rely on in {@code
 * processes/supervision-action.bpmn}. {@code ProcessContractsTest} reads the BPMN and its forms and fails when one
 * of these ids, the key or a start form field is no longer there, so a renamed element in the Modeler breaks the
 * build in seconds rather than in an integration test.
 */
public final class SupervisionActionProcess {

    public static final String KEY = "supervision-action";
    public static final String RESOURCE = "processes/supervision-action.bpmn";

    // tasks
    public static final String TASK_DEPUTY_VERIFICATION = "Task_DeputyVerification";
    public static final String TASK_REWORD_ACTION = "Task_RewordAction";
    public static final String TASK_FOLLOW_UP_CHECK = "Task_FollowUpCheck";
    public static final String TASK_OVERDUE_REVIEW = "Task_OverdueReview";
    public static final String TASK_ASSIGN_REMEDIAL_OWNERSHIP = "Task_AssignRemedialOwnership";
    public static final String TASK_REGISTER_ACTION = "Task_RegisterAction";

    // events the code or the tests wait for or fire
    public static final String TIMER_NEXT_WEEKLY_REVIEW = "Timer_NextWeeklyReview";
    public static final String START_EVENT_ESCALATION_DUE = "StartEvent_EscalationDue";
    public static final String BOUNDARY_OVERDUE_REVIEW_MISSED = "Boundary_OverdueReviewMissed";
    public static final String END_EVENT_ACTION_CLOSED = "EndEvent_ActionClosed";

    // service tasks: each runs as a job of its own (asynchronous before), which the path tests execute
    public static final String TASK_DETECT_REPEATED_CONCERN = "Task_DetectRepeatedConcern";
    public static final String TASK_APPLY_ESCALATION_RULES = "Task_ApplyEscalationRules";
    public static final String TASK_RECORD_VERIFICATION = "Task_RecordVerification";
    public static final String TASK_RECORD_REWORDING = "Task_RecordRewording";
    public static final String TASK_RECORD_CLOSURE_EVIDENCE = "Task_RecordClosureEvidence";
    public static final String TASK_ENTER_OVERDUE_REGISTER = "Task_EnterOverdueRegister";
    public static final String TASK_RECORD_OVERDUE_REVIEW = "Task_RecordOverdueReview";
    public static final String TASK_RECORD_MISSED_OVERDUE_REVIEW = "Task_RecordMissedOverdueReview";
    public static final String TASK_RECORD_REMEDIAL_OWNERSHIP = "Task_RecordRemedialOwnership";

    /**
     * The start form {@code forms/supervision-action-start.form}: the variables a process starts with (SPEC section
     * 8).
     */
    public static final class Start {

        public static final String FORM = "supervision-action-start";

        public static final String STAFF_ID = StaffVariables.STAFF_ID;
        public static final String SUPERVISION_DATE = "supervisionDate";
        public static final String ACTION_DESCRIPTION = "actionDescription";
        public static final String ACTION_CATEGORY = "actionCategory";
        public static final String DEADLINE = "deadline";
        public static final String MANAGER_RESPONSIBLE = "managerResponsible";

        private Start() {
        }
    }

    private SupervisionActionProcess() {
    }
}
