package uk.care.tracker.registers;

/**
 * The registers of SPEC section 5, each a table owned by the application. The article's name is what managers
 * and inspectors know them by; the table is what the migrations create.
 */
public enum Register {
    ACTION_TRACKER("action_tracker", "Action tracker"),
    ACTION_CLOSURE_LOG("action_closure_log", "Action closure log"),
    OVERDUE_ACTIONS_REGISTER("overdue_actions_register", "Supervision overdue actions register");

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
}
