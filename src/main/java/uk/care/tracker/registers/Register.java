package uk.care.tracker.registers;

/**
 * The registers of SPEC section 5, each a table owned by the application. The article's name is what managers
 * and inspectors know them by; the table is what the migrations create.
 */
public enum Register {
    ACTION_TRACKER("action_tracker", "Action tracker"),
    ACTION_CLOSURE_LOG("action_closure_log", "Action closure log"),
    OVERDUE_ACTIONS_REGISTER("overdue_actions_register", "Supervision overdue actions register"),
    FORMAL_ESCALATION_TRACKER("formal_escalation_tracker", "Formal supervision escalation tracker"),
    ESCALATION_ACTION_PLAN("escalation_action_plan", "Escalation action plan"),
    ESCALATED_CASE_MONITORING_LOG("escalated_case_monitoring_log", "Escalated case monitoring log"),
    ESCALATED_WORKFORCE_CASE_REVIEW("escalated_workforce_case_review", "Escalated workforce case review"),
    WORKFORCE_CASE_CLOSURE_REGISTER("workforce_case_closure_register", "Workforce case closure register"),
    SERVICE_IMPROVEMENT_PLAN("service_improvement_plan", "Service improvement plan"),
    PROBATION_ACTION_TRACKER("probation_action_tracker", "Probation action tracker"),
    PROBATION_SUPPORT_LOG("probation_support_log", "Probation support log"),
    NEW_STARTER_OVERSIGHT("new_starter_oversight", "New starter oversight"),
    PROBATION_ESCALATION("probation_escalation", "Probation escalation"),
    WORKFORCE_ASSURANCE_SUMMARY("workforce_assurance_summary", "Workforce assurance summary"),
    WORKFORCE_DEVELOPMENT_ASSURANCE_REPORT("workforce_development_assurance_report", "Workforce development assurance report"),
    ESCALATED_CASE_REVIEW_SUMMARY("escalated_case_review_summary", "Escalated-case review summary"),
    GOVERNANCE_MEETING("governance_meeting", "Governance meeting record"),
    MANAGER_NON_COMPLIANCE_REVIEW("manager_non_compliance_review", "Quarterly review of persistent manager non-compliance");

    private final String table;
    private final String articleName;

    Register(String table, String articleName) {
        this.table = table;
        this.articleName = articleName;
    }

    public String table() {
        return table;
    }

    public String articleName() {
        return articleName;
    }

    /** The register kept in {@code table}, if it is one. */
    public static java.util.Optional<Register> byTable(String table) {
        return java.util.Arrays.stream(values()).filter(r -> r.table.equals(table)).findFirst();
    }
}
