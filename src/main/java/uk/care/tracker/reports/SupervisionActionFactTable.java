package uk.care.tracker.reports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterChangeListener;

/**
 * The supervision actions' read model, table {@code supervision_action_fact} (ADR 0004): one row per current
 * REGISTERED row of the action tracker with its first current closure as complete and first current escalation,
 * corrections applied, as {@link SupervisionActionFacts} reduces the registers in memory, and whether it repeats an
 * earlier action not closed on time ({@link #REPEAT}). An item's row is computed again from its register rows in the
 * transaction of every write to them, with the repeats of its neighbours when that write can change them, and the
 * whole table by {@link #rebuild()}.
 */
@Component
public class SupervisionActionFactTable implements RegisterChangeListener {

    static final String COLUMNS = "row_id, business_key, staff_id, manager, category, deadline, registered_at, late_entry, "
            + "closed_at, evidence_type, escalated_at";

    /** The columns read back, with the one computed across rows. */
    static final String ALL_COLUMNS = COLUMNS + ", repeat_carried_forward";

    /**
     * Whether the action {@code a} is a repeat carried forward (docs/kpi-definitions.md): an action of the same staff
     * member and category registered in the 90 days up to its day, whose deadline had passed before that day without
     * a closure on time. Candidates come by index (staff, category, registered_at) in a window of raw instants two days
     * wider than the days compared; {@code %1$s} is the provider's day of a column ({@link SupervisionFigures#day()}).
     */
    static final String REPEAT = """
            EXISTS (SELECT 1 FROM supervision_action_fact p WHERE p.staff_id = a.staff_id AND p.category = a.category
              AND p.business_key <> a.business_key
              AND p.registered_at >= a.registered_at - INTERVAL '92' DAY AND p.registered_at < a.registered_at + INTERVAL '2' DAY
              AND %2$s <= %3$s AND %2$s >= %3$s - %4$d AND p.deadline < %3$s
              AND NOT COALESCE(%5$s <= p.deadline, FALSE))""";

    /**
     * How far from an action's registration the actions whose repeat it can change lie: they may repeat it if registered
     * up to 90 days after its day (92 days of instants), and it may repeat them if registered on the same day after them.
     */
    private static final Duration BEFORE = Duration.ofDays(3);
    private static final Duration AFTER = Duration.ofDays(93);

    /** What an action's row holds that another action's repeat depends on; a write that changes none of it changes no neighbour. */
    private static final String NEIGHBOURLY = "row_id, staff_id, category, registered_at, deadline, closed_at";

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
    private final SupervisionFigures figures;

    public SupervisionActionFactTable(JdbcTemplate jdbc, SupervisionFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    private String repeat() {
        String day = figures.day();
        return REPEAT.formatted(null, day.formatted("p.registered_at"), day.formatted("a.registered_at"),
                SupervisionKpis.CARRY_FORWARD_DAYS, day.formatted("p.closed_at"));
    }

    @Override
    public void changed(Register register, String businessKey) {
        if (SOURCES.contains(register) && businessKey != null) {
            refresh(businessKey);
        }
    }

    /**
     * Computes the action's row again, and its repeat. The action's tracker rows are locked first, so that two
     * transactions writing about the same action (a closure and an escalation at once) take turns, and the second
     * computes its row from what the first committed (each statement after the lock reads the committed rows anew).
     * When the write changed what other actions' repeats depend on (a registration, a correction, a closure, an
     * erasure; not an escalation), the repeats of the actions around it, before and after the change, are computed
     * again too: removing this makes SupervisionFiguresIT's kept read model differ from a rebuild.
     */
    void refresh(String businessKey) {
        jdbc.queryForList("SELECT id FROM action_tracker WHERE business_key = ? ORDER BY id FOR UPDATE", Long.class, businessKey);
        List<Map<String, Object>> before = jdbc.queryForList("SELECT " + NEIGHBOURLY + " FROM supervision_action_fact "
                + "WHERE business_key = ? ORDER BY row_id", businessKey);
        List<Map<String, Object>> after = jdbc.queryForList("SELECT " + NEIGHBOURLY + " FROM (" + SOURCE
                + " AND t.business_key = ?) x (" + COLUMNS + ") ORDER BY row_id", businessKey);
        boolean neighbours = !sameNeighbourly(before, after);
        StringBuilder windows = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (neighbours) {
            for (Map<String, Object> row : before) {
                window(row, windows, args);
            }
            for (Map<String, Object> row : after) {
                window(row, windows, args);
            }
            // the neighbours' rows locked in one order before any is changed, so that two writes about actions of one
            // staff member take turns without deadlock, and the second's update below sees the first's rows
            jdbc.queryForList("SELECT row_id FROM supervision_action_fact WHERE " + windows + " ORDER BY row_id FOR UPDATE",
                    Long.class, args.toArray());
        }
        jdbc.update("DELETE FROM supervision_action_fact WHERE business_key = ?", businessKey);
        jdbc.update("INSERT INTO supervision_action_fact (" + COLUMNS + ") " + SOURCE + " AND t.business_key = ?", businessKey);
        if (neighbours) {
            jdbc.update("UPDATE supervision_action_fact a SET repeat_carried_forward = " + repeat() + " WHERE " + windows, args.toArray());
        } else {
            jdbc.update("UPDATE supervision_action_fact a SET repeat_carried_forward = " + repeat() + " WHERE a.business_key = ?", businessKey);
        }
    }

    /** The actions whose repeat the action of {@code row} can decide, or be decided by, as an OR-able condition. */
    private static void window(Map<String, Object> row, StringBuilder sql, List<Object> args) {
        Instant registered = instant(row.get("registered_at"));
        if (!sql.isEmpty()) {
            sql.append(" OR ");
        }
        sql.append("(staff_id = ? AND category = ? AND registered_at >= ? AND registered_at < ?)");
        args.add(row.get("staff_id"));
        args.add(row.get("category"));
        args.add(Timestamp.from(registered.minus(BEFORE)));
        args.add(Timestamp.from(registered.plus(AFTER)));
    }

    private static boolean sameNeighbourly(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            for (String column : NEIGHBOURLY.split(", ")) {
                if (!Objects.equals(comparable(before.get(i).get(column)), comparable(after.get(i).get(column)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A time stamp column's value as an instant (PostgreSQL's driver answers Timestamp, H2's OffsetDateTime). */
    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : ((Timestamp) value).toInstant();
    }

    private static Object comparable(Object value) {
        return value instanceof Timestamp || value instanceof OffsetDateTime ? instant(value) : value;
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
        int rows = jdbc.update("INSERT INTO supervision_action_fact (" + COLUMNS + ") " + SOURCE);
        jdbc.update("UPDATE supervision_action_fact a SET repeat_carried_forward = " + repeat());
        return rows;
    }
}
