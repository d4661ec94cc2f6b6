package uk.care.tracker.reports;

import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterChangeListener;

/**
 * The supervision actions' read model, table {@code supervision_action_fact} (ADR 0004): one row per current
 * REGISTERED row of the action tracker with its first current closure as complete and first current escalation,
 * corrections applied, as {@link SupervisionActionFacts} reduces the registers in memory. An item's row is computed
 * again from its register rows in the transaction of every write to them, and the whole table by {@link #rebuild()}.
 */
@Component
public class SupervisionActionFactTable implements RegisterChangeListener {

    static final String COLUMNS = "row_id, business_key, staff_id, manager, category, deadline, registered_at, late_entry, "
            + "closed_at, evidence_type, escalated_at";

    /** The rows of the read model computed from the registers; the only place that knows their columns' meaning. */
    static final String SOURCE = """
            SELECT t.id, t.business_key, t.staff_id, t.manager_responsible, t.action_category, t.deadline, t.recorded_at,
                   t.late_entry,
                   (SELECT c.recorded_at FROM action_closure_log c WHERE c.business_key = t.business_key AND c.closed = TRUE
                      AND NOT EXISTS (SELECT 1 FROM action_closure_log cx WHERE cx.corrects_id = c.id)
                    ORDER BY c.id LIMIT 1),
                   (SELECT c.evidence_type FROM action_closure_log c WHERE c.business_key = t.business_key AND c.closed = TRUE
                      AND NOT EXISTS (SELECT 1 FROM action_closure_log cx WHERE cx.corrects_id = c.id)
                    ORDER BY c.id LIMIT 1),
                   (SELECT e.recorded_at FROM overdue_actions_register e WHERE e.business_key = t.business_key
                      AND e.entry_type = 'ESCALATED'
                      AND NOT EXISTS (SELECT 1 FROM overdue_actions_register ex WHERE ex.corrects_id = e.id)
                    ORDER BY e.id LIMIT 1)
            FROM action_tracker t
            WHERE t.entry_type = 'REGISTERED'
              AND NOT EXISTS (SELECT 1 FROM action_tracker tx WHERE tx.corrects_id = t.id)
            """;

    private static final Set<Register> SOURCES = Set.of(Register.ACTION_TRACKER, Register.ACTION_CLOSURE_LOG,
            Register.OVERDUE_ACTIONS_REGISTER);

    private final JdbcTemplate jdbc;

    public SupervisionActionFactTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void changed(Register register, String businessKey) {
        if (SOURCES.contains(register) && businessKey != null) {
            refresh(businessKey);
        }
    }

    /**
     * Computes the action's row again. The action's tracker rows are locked first, so that two transactions writing
     * about the same action (a closure and an escalation at once) take turns, and the second computes its row from
     * what the first committed (each statement after the lock reads the committed rows anew).
     */
    void refresh(String businessKey) {
        jdbc.queryForList("SELECT id FROM action_tracker WHERE business_key = ? ORDER BY id FOR UPDATE", Long.class, businessKey);
        jdbc.update("DELETE FROM supervision_action_fact WHERE business_key = ?", businessKey);
        jdbc.update("INSERT INTO supervision_action_fact (" + COLUMNS + ") " + SOURCE + " AND t.business_key = ?", businessKey);
    }

    /** Empties the read model and computes it again from the registers; answers how many actions it holds. */
    @Transactional
    public int rebuild() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            // the correlated look-ups' cost estimate invites JIT compilation, which takes longer than the work
            jdbc.execute("SET LOCAL jit = off");
        }
        jdbc.update("DELETE FROM supervision_action_fact");
        return jdbc.update("INSERT INTO supervision_action_fact (" + COLUMNS + ") " + SOURCE);
    }
}
