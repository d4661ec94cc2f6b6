package uk.care.tracker.governance;

/**
 * The monthly governance process: what the code and the tests rely on in {@code processes/monthly-governance.bpmn}.
 * {@code ProcessContractsTest} reads the BPMN and its forms and fails when one of these ids, the key or a start form
 * field is no longer there, so a renamed element in the Modeler breaks the build in seconds rather than in an
 * integration test.
 */
public final class MonthlyGovernanceProcess {

    public static final String KEY = "monthly-governance";
    public static final String RESOURCE = "processes/monthly-governance.bpmn";

    // tasks
    public static final String TASK_QUALITY_LEAD_REVIEW = "Task_QualityLeadReview";
    public static final String TASK_ADD_IMPROVEMENT_ACTION = "Task_AddImprovementAction";
    public static final String TASK_NON_COMPLIANCE_REVIEW = "Task_NonComplianceReview";

    // events the code or the tests wait for or fire
    public static final String END_EVENT_NOT_DUE = "EndEvent_NotDue";

    // the other elements the path tests walk through (service tasks run as jobs of their own)
    public static final String START_EVENT_MONTH_BEGINS = "StartEvent_MonthBegins";
    public static final String TASK_GENERATE_MONTHLY_SUMMARIES = "Task_GenerateMonthlySummaries";
    public static final String TASK_RECORD_GOVERNANCE_MEETING = "Task_RecordGovernanceMeeting";
    public static final String TASK_START_IMPROVEMENT_ACTION = "Task_StartImprovementAction";
    public static final String TASK_GENERATE_NON_COMPLIANCE_REVIEW = "Task_GenerateNonComplianceReview";
    public static final String TASK_RECORD_NON_COMPLIANCE_RESPONSE = "Task_RecordNonComplianceResponse";
    public static final String END_EVENT_GOVERNANCE_DONE = "EndEvent_GovernanceDone";

    private MonthlyGovernanceProcess() {
    }
}
