package uk.care.tracker.governance;

/** Variables of the {@code monthly-governance} process. */
final class GovernanceVariables {

    static final String MONTH_DUE = "monthDue";
    static final String PERIOD_FROM = "periodFrom";
    static final String PERIOD_TO = "periodTo";
    static final String QUARTER_DUE = "quarterDue";
    static final String QUARTER_FROM = "quarterFrom";
    static final String QUARTER_TO = "quarterTo";
    static final String SUMMARY_TEXT = "summaryText";
    static final String NON_COMPLIANCE_TEXT = "nonComplianceText";

    // Quality Lead review and governance meeting form
    static final String ANALYSIS = "analysis";
    static final String MEETING_DATE = "meetingDate";
    static final String CHALLENGE = "challenge";
    static final String DECISIONS = "decisions";
    static final String IMPROVEMENT_ACTIONS_TO_ADD = "improvementActionsToAdd";

    // improvement action form: the start variables of supervision-action, and whether another follows
    static final String MORE_ACTIONS = "moreActions";
    static final String IMPROVEMENT_ACTION_KEYS = "improvementActionKeys";

    // senior leaders' quarterly review
    static final String SENIOR_RESPONSE = "seniorResponse";

    static final String TASK_QUALITY_LEAD_REVIEW = MonthlyGovernanceProcess.TASK_QUALITY_LEAD_REVIEW;
    static final String TASK_ADD_IMPROVEMENT_ACTION = MonthlyGovernanceProcess.TASK_ADD_IMPROVEMENT_ACTION;
    static final String TASK_NON_COMPLIANCE_REVIEW = MonthlyGovernanceProcess.TASK_NON_COMPLIANCE_REVIEW;

    private GovernanceVariables() {
    }
}
