package uk.care.tracker.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import uk.care.tracker.calendar.CalendarProperties;
import uk.care.tracker.calendar.Clock;

/**
 * The probation KPIs of docs/kpi-definitions.md computed set-based in the database (ADR 0004, "Escalated cases and
 * probation"): one SQL condition per figure over {@link #FACTS} (one row per probation action, corrections applied, as
 * {@link ProbationActionFacts} builds it in memory). {@link ProbationKpis#report(ReportScope, List, LocalDate)} is the
 * definition these conditions are tested against.
 */
@Component
public class ProbationFigures {

    /** The figures whose business keys can be asked for. */
    public static final List<String> FIGURES = List.of("opened", "dueInPeriod", "closedByDueDate", "openOverdue",
            "unresolved", "escalations", "poorlyEvidencedSignOffs", "week12EarlyWarnings", "confidenceNotImproving");

    /** The unresolved actions counted per competency area, in the same statement as the figures (they share its open rows). */
    private static final String UNRESOLVED_THEMES = "unresolvedThemes";
    private static final List<String> COUNTED = java.util.stream.Stream.concat(FIGURES.stream(), java.util.stream.Stream.of(UNRESOLVED_THEMES)).toList();
    private static final Map<String, String> BY_THEME = Map.of(UNRESOLVED_THEMES, "f.competency_area");

    /** The figures of the actions open at the end of the period. */
    private static final List<String> OPEN_AT_AS_OF = List.of("openOverdue", "unresolved", "confidenceNotImproving");

    private static final String CURRENT = "NOT EXISTS (SELECT 1 FROM %1$s k WHERE k.corrects_id = %2$s.id)";

    /**
     * One row per current REGISTERED entry with its first current closure; team and line manager from the staff
     * directory, which an import changes in place and so is joined at read time. The closure is a look-up by business
     * key (index) for the candidate actions only: as a join, PostgreSQL hashed every closure of all history.
     */
    static final String FACTS = facts("(SELECT x.evidence_type FROM probation_action_tracker x WHERE " + closure()
            + " ORDER BY x.id FETCH FIRST 1 ROW ONLY)");

    /**
     * {@link #FACTS} for the rows of what is open at the end of a period ({@link PeriodBounds#openRows}), which are
     * computed in full once for several figures: without the closure's evidence, which no such figure reads.
     */
    private static final String OPEN_FACTS = facts("CAST(NULL AS VARCHAR(40))");

    /** The current closures of action {@code a}, as {@code x}. */
    private static String closure() {
        return "x.business_key = a.business_key AND x.entry_type = 'CLOSED' AND " + CURRENT.formatted("probation_action_tracker", "x");
    }

    private static String facts(String evidenceType) {
        return """
            SELECT a.business_key, a.staff_id, s.team, s.line_manager AS manager, a.competency_area, a.deadline,
                   a.recorded_at AS registered_at,
                   (SELECT x.recorded_at FROM probation_action_tracker x WHERE %1$s ORDER BY x.id FETCH FIRST 1 ROW ONLY) AS closed_at,
                   %3$s AS evidence_type
            FROM probation_action_tracker a
            LEFT JOIN staff_member s ON s.staff_id = a.staff_id
            WHERE a.entry_type = 'REGISTERED' AND %2$s
            """.formatted(closure(), CURRENT.formatted("probation_action_tracker", "a"), evidenceType);
    }

    /**
     * The keys of the actions that may be open at an instant (the one parameter): those without a current closure (a
     * hashed anti-join over the closures) and those with a closure recorded at or after it (an index range). A
     * superset: {@link PeriodBounds#openRows} still applies the exact condition to these candidates only.
     */
    static final String OPEN_KEYS = """
            SELECT o.business_key FROM probation_action_tracker o WHERE o.entry_type = 'REGISTERED'
              AND NOT EXISTS (SELECT 1 FROM probation_action_tracker x WHERE x.business_key = o.business_key AND x.entry_type = 'CLOSED' AND %s)
            UNION SELECT c.business_key FROM probation_action_tracker c WHERE c.entry_type = 'CLOSED' AND c.recorded_at >= ?
            """.formatted(CURRENT.formatted("probation_action_tracker", "x"));

    /** The keys of the actions with a closure recorded in a range (two parameters). */
    private static final String CLOSED_KEYS = "SELECT c.business_key FROM probation_action_tracker c WHERE c.entry_type = 'CLOSED'"
            + " AND c.recorded_at >= ? AND c.recorded_at < ?";

    /** The name of the rows of a statement's figures of what is open at the end of the period ({@link Query#with}). */
    private static final String OPEN_ROWS = "open_rows";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CalendarProperties calendar;
    private final SupervisionFigures supervision;
    private final FigureReads reads;

    public ProbationFigures(JdbcTemplate jdbc, Clock clock, CalendarProperties calendar, SupervisionFigures supervision,
                            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.supervision = supervision;
        this.reads = new FigureReads(jdbc, transactions);
    }

    /** The figures of the scope as they stand today, without the business keys. */
    public ProbationReport report(ReportScope scope) {
        return report(scope, clock.today(), false);
    }

    /** The figures as they stand on {@code today}, with every key behind each figure when asked (early warnings, packs). */
    public ProbationReport report(ReportScope scope, LocalDate today, boolean withTrace) {
        return report(scope, today, withTrace ? FIGURES : List.of());
    }

    /** The figures as they stand on {@code today}, with the keys behind the {@code traced} figures only (the early warnings'). */
    public ProbationReport report(ReportScope scope, LocalDate today, List<String> traced) {
        return reads.read(() -> compute(new Query(PeriodBounds.of(scope, today, calendar.zone()), scope), traced));
    }

    /**
     * The figures of every calendar month from {@code first} to {@code last} as they stand on {@code today}, without
     * keys: for each month exactly what {@link #report(ReportScope, LocalDate, boolean)} gives for it, counted with one
     * query set grouped by month instead of one query set per month (the dashboard's trend).
     */
    public List<ProbationReport> trend(YearMonth first, YearMonth last, String team, String manager, LocalDate today) {
        PeriodBounds.Months months = PeriodBounds.months(first, last, today, calendar.zone());
        ReportScope whole = new ReportScope(first.atDay(1), last.atEndOfMonth(), team, manager);
        return reads.read(() -> {
            Query q = new Query(months, whole);
            Map<Integer, Map<String, Integer>> counts = reads.countsByMonth(months, q::with, COUNTED, BY_THEME, q::fromCounted);
            Map<Integer, Map<String, Integer>> themes = new TreeMap<>();
            counts.forEach((month, figures) -> themes.put(month, themes(figures)));
            Map<Integer, int[]> mentor = new TreeMap<>();
            List<Object> logArgs = new ArrayList<>();
            jdbc.query(q.mentorLogs(logArgs) + " GROUP BY m.month_key", rs -> {
                mentor.put(rs.getInt("month_key"), new int[] {rs.getInt("due"), rs.getInt("on_time")});
            }, logArgs.toArray());
            List<ProbationReport> reports = new ArrayList<>();
            for (PeriodBounds.MonthRow month : months.rows) {
                int key = month.key();
                reports.add(assemble(new ReportScope(month.from(), month.to(), team, manager), counts.get(key),
                        themes.getOrDefault(key, new TreeMap<>()), mentor.getOrDefault(key, new int[2]), null));
            }
            return reports;
        });
    }

    /** One page (from 0) of the keys behind a figure of the scope, as it stands today. */
    public SupervisionFigures.KeyPage keys(ReportScope scope, String figure, int page, int size) {
        return keys(scope, clock.today(), figure, page, size);
    }

    SupervisionFigures.KeyPage keys(ReportScope scope, LocalDate today, String figure, int page, int size) {
        return reads.read(() -> {
            Query q = new Query(PeriodBounds.of(scope, today, calendar.zone()), scope);
            List<Object> args = new ArrayList<>();
            String with = q.with(args);
            String from = q.fromShared(figure, args);
            return reads.keyPage(figure, "f.business_key", with, from, args, page, size);
        });
    }

    public static boolean isFigure(String figure) {
        return FIGURES.contains(figure);
    }

    private ProbationReport compute(Query q, List<String> traced) {
        Map<String, Integer> counts = reads.counts(q::with, COUNTED, BY_THEME, q::fromCounted);
        Map<String, Integer> themes = themes(counts);

        List<Object> logArgs = new ArrayList<>();
        int[] mentor = new int[2];
        jdbc.query(q.mentorLogs(logArgs), rs -> {
            mentor[0] = rs.getInt("due");
            mentor[1] = rs.getInt("on_time");
        }, logArgs.toArray());

        Map<String, List<String>> trace = null;
        if (!traced.isEmpty()) {
            trace = new LinkedHashMap<>();
            for (String figure : traced) {
                if (counts.get(figure) == 0) {
                    // nothing behind it: no need to ask
                    trace.put(figure, List.of());
                    continue;
                }
                List<Object> keyArgs = new ArrayList<>();
                String with = q.with(keyArgs);
                List<String> keys = new ArrayList<>(jdbc.queryForList(with + "SELECT f.business_key " + q.fromShared(figure, keyArgs),
                        String.class, keyArgs.toArray()));
                // Java's string order, as the in-memory trace, whatever the database's collation
                keys.sort(Comparator.naturalOrder());
                trace.put(figure, keys);
            }
        }
        return assemble(q.scope, counts, themes, mentor, trace);
    }

    /** The unresolved actions by induction theme, from the counts of {@link #UNRESOLVED_THEMES}. */
    private static Map<String, Integer> themes(Map<String, Integer> counts) {
        Map<String, Integer> themes = new TreeMap<>();
        String prefix = UNRESOLVED_THEMES + "/";
        counts.forEach((figure, n) -> {
            if (figure.startsWith(prefix)) {
                themes.merge(figure.substring(prefix.length()), n, Integer::sum);
            }
        });
        return themes;
    }

    private static ProbationReport assemble(ReportScope scope, Map<String, Integer> counts, Map<String, Integer> themes,
                                            int[] mentor, Map<String, List<String>> trace) {
        int due = counts.get("dueInPeriod");
        int closedByDue = counts.get("closedByDueDate");
        return new ProbationReport(scope.from(), scope.to(), scope.team(), scope.manager(),
                counts.get("opened"), due, closedByDue, Percent.of(closedByDue, due), counts.get("openOverdue"), themes,
                counts.get("escalations"), mentor[0], mentor[1], Percent.of(mentor[1], mentor[0]),
                counts.get("poorlyEvidencedSignOffs"), counts.get("week12EarlyWarnings"), counts.get("confidenceNotImproving"),
                trace);
    }

    /**
     * The conditions of one report or of every month of a trend: the period's bounds ({@link PeriodBounds}: parameters,
     * or the columns of the months table) and the filters.
     */
    private final class Query {
        final PeriodBounds period;
        final ReportScope scope;

        Query(PeriodBounds period, ReportScope scope) {
            this.period = period;
            this.scope = scope;
        }

        /** The mentor weekly logs due on a Friday in the period, submitted or missed, of the actions in scope. */
        String mentorLogs(List<Object> args) {
            StringBuilder logs = new StringBuilder("SELECT ").append(period instanceof PeriodBounds.Months ? "m.month_key, " : "")
                    .append("COUNT(*) AS due, COALESCE(SUM(CASE WHEN COALESCE(l.entry_type, '') <> 'MISSED'"
                    + " AND COALESCE(l.submitted_late, FALSE) = FALSE THEN 1 ELSE 0 END), 0) AS on_time FROM ")
                    .append(period.table(args)).append("probation_support_log l JOIN (").append(FACTS)
                    .append(") f ON f.business_key = l.business_key WHERE l.due_on >= ").append(period.from(args))
                    .append(" AND l.due_on <= ").append(period.to(args)).append(" AND ").append(CURRENT.formatted("probation_support_log", "l"));
            filters(logs, args);
            return logs.toString();
        }

        void filters(StringBuilder sql, List<Object> args) {
            if (scope.team() != null) {
                sql.append(" AND f.team = ?");
                args.add(scope.team());
            }
            if (scope.manager() != null) {
                sql.append(" AND f.manager = ?");
                args.add(scope.manager());
            }
        }

        /**
         * The WITH clause of a statement that counts or lists figures of what is open at the end of the period: their
         * rows ({@link PeriodBounds#openRows}) computed once, shared by every such figure of the statement.
         */
        String with(List<Object> args) {
            return "WITH " + OPEN_ROWS + " AS (" + period.openRows(OPEN_FACTS, "registered_at", OPEN_KEYS, args) + ") ";
        }

        /** As {@link #fromShared}, the themes of the unresolved actions being the unresolved actions. */
        String fromCounted(String figure, List<Object> args) {
            return fromShared(UNRESOLVED_THEMES.equals(figure) ? "unresolved" : figure, args);
        }

        /** {@code FROM … WHERE …} selecting the figure's actions in scope, as {@code f}. */
        String from(String figure, List<Object> args) {
            return from(figure, args, false);
        }

        /** As {@link #from}, the open actions being those of the statement's {@link #with} clause. */
        String fromShared(String figure, List<Object> args) {
            return from(figure, args, true);
        }

        private String from(String figure, List<Object> args, boolean shared) {
            StringBuilder sql = new StringBuilder("FROM ").append(period.table(args));
            if (OPEN_AT_AS_OF.contains(figure)) {
                sql.append(shared ? OPEN_ROWS : "(" + period.openRows(OPEN_FACTS, "registered_at", OPEN_KEYS, args) + ")").append(" f");
            } else if ("poorlyEvidencedSignOffs".equals(figure)) {
                sql.append(period.closedFacts(FACTS, CLOSED_KEYS, args));
            } else {
                sql.append("(").append(FACTS).append(") f");
            }
            sql.append(" WHERE 1 = 1");
            filters(sql, args);
            switch (figure) {
                case "opened" -> sql.append(" AND f.registered_at >= ").append(period.start(args))
                        .append(" AND f.registered_at < ").append(period.end(args));
                case "dueInPeriod" -> due(sql, args);
                case "closedByDueDate" -> {
                    due(sql, args);
                    sql.append(" AND f.closed_at IS NOT NULL AND ").append(supervision.day().formatted("f.closed_at")).append(" <= f.deadline");
                }
                case "openOverdue" -> {
                    openAtAsOf(sql, args);
                    sql.append(" AND f.deadline < ").append(period.asOf(args));
                }
                case "unresolved" -> openAtAsOf(sql, args);
                case "escalations" -> withRowInPeriod(sql, args, "probation_escalation", "ESCALATED");
                case "poorlyEvidencedSignOffs" -> {
                    // its candidates are the actions with a closure in the period (PeriodBounds.closedFacts)
                    sql.append(" AND f.closed_at >= ").append(period.start(args)).append(" AND f.closed_at < ").append(period.end(args))
                            .append(" AND f.evidence_type = '").append(SupervisionKpis.STATEMENT_ONLY).append("'");
                }
                case "week12EarlyWarnings" -> withRowInPeriod(sql, args, "new_starter_oversight", "EARLY_WARNING");
                case "confidenceNotImproving" -> {
                    openAtAsOf(sql, args);
                    // the last submitted logs of the action (all of its history), looked up for the open actions only:
                    // the second from last exists and neither it nor a later one shows a rise (index probes by action:
                    // with the second from last as a joined row, PostgreSQL scanned the whole log)
                    String submitted = " AND COALESCE(l.entry_type, '') <> 'MISSED' AND " + CURRENT.formatted("probation_support_log", "l");
                    String second = "(SELECT l.id FROM probation_support_log l WHERE l.business_key = f.business_key" + submitted
                            + " ORDER BY l.id DESC OFFSET " + (ProbationKpis.FLAT_CONFIDENCE_LOGS - 1) + " ROWS FETCH FIRST 1 ROW ONLY)";
                    sql.append(" AND ").append(second).append(" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM probation_support_log l")
                            .append(" WHERE l.business_key = f.business_key").append(submitted)
                            .append(" AND l.id >= ").append(second).append(" AND l.confidence_change > 0)");
                }
                default -> throw new IllegalArgumentException("No figure called " + figure);
            }
            return sql.toString();
        }

        private void due(StringBuilder sql, List<Object> args) {
            if (period instanceof PeriodBounds.Months) {
                // the whole trend's days first (an index range), so each action's closure is looked up once, not per month
                sql.append(" AND f.deadline >= ").append(period.rangeFrom(args)).append(" AND f.deadline <= ").append(period.rangeTo(args));
            }
            sql.append(" AND f.deadline >= ").append(period.from(args)).append(" AND f.deadline <= ").append(period.to(args));
        }

        private void openAtAsOf(StringBuilder sql, List<Object> args) {
            sql.append(" AND f.registered_at < ").append(period.asOfEnd(args))
                    .append(" AND (f.closed_at IS NULL OR f.closed_at >= ").append(period.asOfEnd(args)).append(")");
        }

        /**
         * The actions with a current row of that type in the register recorded in the period: narrowed by an index
         * range over the whole period (or trend), then, in a trend, counted in each month with such a row.
         */
        private void withRowInPeriod(StringBuilder sql, List<Object> args, String table, String entryType) {
            String rows = " FROM " + table + " p WHERE p.entry_type = '" + entryType + "' AND " + CURRENT.formatted(table, "p");
            sql.append(" AND f.business_key IN (SELECT p.business_key").append(rows).append(" AND p.recorded_at >= ")
                    .append(period.rangeStart(args)).append(" AND p.recorded_at < ").append(period.rangeEnd(args)).append(")");
            if (period instanceof PeriodBounds.Months) {
                sql.append(" AND EXISTS (SELECT 1").append(rows).append(" AND p.business_key = f.business_key AND p.recorded_at >= ")
                        .append(period.start(args)).append(" AND p.recorded_at < ").append(period.end(args)).append(")");
            }
        }
    }

    // ---- the evidence pack's section (evidencepack/ProbationPackKpis) ----

    /**
     * The figures of the scope as they stand on {@code today} with every key behind each, counted over one staff
     * member's actions when {@code staffId} is given (a staff member's evidence pack). Each count is the number of its
     * keys, so the keys are read once rather than counted and then read. The trace also holds the keys behind each
     * unresolved induction theme: {@code unresolvedInductionThemes:<competency area>}.
     */
    public ProbationReport packReport(ReportScope scope, String staffId, LocalDate today) {
        return reads.read(() -> {
            Query q = new Query(PeriodBounds.of(scope, today, calendar.zone()), scope);
            Map<String, List<String>> trace = new LinkedHashMap<>();
            Map<String, List<String>> themes = new TreeMap<>();
            for (String figure : FIGURES) {
                List<Object> args = new ArrayList<>();
                String from = q.from(figure, args) + staffCondition(staffId, args);
                List<String> keys = new ArrayList<>();
                jdbc.query("SELECT f.business_key, f.competency_area " + from, rs -> {
                    keys.add(rs.getString(1));
                    if (figure.equals("unresolved")) {
                        themes.computeIfAbsent(String.valueOf(rs.getString(2)), area -> new ArrayList<>()).add(rs.getString(1));
                    }
                }, args.toArray());
                // Java's string order, as the in-memory trace, whatever the database's collation
                keys.sort(Comparator.naturalOrder());
                trace.put(figure, keys);
            }
            Map<String, Integer> themeCounts = new TreeMap<>();
            themes.forEach((area, keys) -> {
                keys.sort(Comparator.naturalOrder());
                trace.put("unresolvedInductionThemes:" + area, keys);
                themeCounts.put(area, keys.size());
            });
            // the same mentor-log count as the report's, over the staff member's actions when one is given
            List<Object> logArgs = new ArrayList<>();
            String logs = q.mentorLogs(logArgs) + staffCondition(staffId, logArgs);
            int[] mentor = new int[2];
            jdbc.query(logs, rs -> {
                mentor[0] = rs.getInt("due");
                mentor[1] = rs.getInt("on_time");
            }, logArgs.toArray());
            return assemble(scope, FigureReads.sizes(trace), themeCounts, mentor, trace);
        });
    }

    private static String staffCondition(String staffId, List<Object> args) {
        if (staffId == null) {
            return "";
        }
        args.add(staffId);
        return " AND f.staff_id = ?";
    }

    // ---- for the meeting packs (meetings/) ----

    /**
     * Every key behind one figure of the scope as it stands on {@code today}, in key order: what a meeting pack
     * selects its items with (the figure "unresolved" of the day {@code d} with today {@code d} is what is open at its end).
     */
    public List<String> allKeys(ReportScope scope, LocalDate today, String figure) {
        return reads.read(() -> {
            Query q = new Query(PeriodBounds.of(scope, today, calendar.zone()), scope);
            List<Object> args = new ArrayList<>();
            List<String> keys = new ArrayList<>(jdbc.queryForList("SELECT " + "f.business_key" + " " + q.from(figure, args), String.class,
                    args.toArray()));
            keys.sort(Comparator.naturalOrder());
            return keys;
        });
    }
}
