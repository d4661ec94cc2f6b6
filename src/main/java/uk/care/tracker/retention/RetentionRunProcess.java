package uk.care.tracker.retention;

/**
 * The monthly retention run: what the code and the tests rely on in {@code processes/retention-run.bpmn}. {@code
 * ProcessContractsTest} reads the BPMN and its forms and fails when one of these ids, the key or a start form field
 * is no longer there, so a renamed element in the Modeler breaks the build in seconds rather than in an integration
 * test.
 */
public final class RetentionRunProcess {

    public static final String KEY = "retention-run";
    public static final String RESOURCE = "processes/retention-run.bpmn";

    // tasks
    public static final String TASK_CONFIRM_ERASURE = "Task_ConfirmErasure";
    public static final String TASK_RECORD_RETENTION_DECISION = "Task_RecordRetentionDecision";
    public static final String TASK_ERASE_RECORDS_PAST_RETENTION = "Task_EraseRecordsPastRetention";

    // events the code or the tests wait for or fire
    public static final String END_EVENT_NOT_DUE = "EndEvent_NotDue";
    public static final String END_EVENT_ERASURE_REFUSED = "EndEvent_ErasureRefused";
    public static final String END_EVENT_RECORDS_ERASED = "EndEvent_RecordsErased";

    // the other elements the path tests walk through (service tasks run as jobs of their own)
    public static final String START_EVENT_MONTH_BEGINS = "StartEvent_MonthBegins";
    public static final String TASK_FIND_RECORDS_PAST_RETENTION = "Task_FindRecordsPastRetention";
    public static final String END_EVENT_NOTHING_DUE = "EndEvent_NothingDue";

    private RetentionRunProcess() {
    }
}
