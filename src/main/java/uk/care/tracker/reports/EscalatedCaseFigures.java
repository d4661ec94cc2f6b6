package uk.care.tracker.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
 * The escalated-case KPIs of docs/kpi-definitions.md computed set-based in the database (ADR 0004, "Escalated cases
 * and probation"): one SQL condition per figure over {@link #FACTS} (one row per case, corrections applied, as
 * {@link EscalatedCaseFacts} builds it in memory) or {@link #REVIEWS} (one row per review cycle that fell due).
 * {@link EscalatedCaseKpis#report(ReportScope, List, LocalDate)} is the definition these conditions are tested against.
 */
@Component
public class EscalatedCaseFigures {

    /** The figures whose business keys can be asked for (review figures answer {@code EC-…/kind/cycle}). */
    public static final List<String> FIGURES = List.of("opened", "openCases", "reviewsDue", "reviewsOnTime", "closed",
            "closedWithinTarget", "repeatEscalationsWithin60Days", "seniorOversightEscalations", "progressUnchanged",
            "openedForRecentRecruits");
    private static final List<String> REVIEW_FIGURES = List.of("reviewsDue", "reviewsOnTime");
    /** The figures of the cases open at the end of the period. */
    private static final List<String> OPEN_AT_AS_OF = List.of("openCases", "progressUnchanged");

    /** A current row: no later row corrects it. */
    private static final String CURRENT = "NOT EXISTS (SELECT 1 FROM %1$s k WHERE k.corrects_id = %2$s.id)";

    /**
     * One row per current OPENED entry, with its first current closure and the staff directory's team and start date.
     * The closure is a look-up by business key (index) for the candidate cases only: as a join, PostgreSQL hashed the
     * whole closure register, which made every report cost all history again.
     */
    static final String FACTS = """
            SELECT o.business_key, o.staff_id, s.team, o.line_manager AS manager, o.concern_type, o.escalated_date,
                   o.target_closure_date, o.recorded_at AS opened_at, s.start_date,
                   (SELECT x.recorded_at FROM workforce_case_closure_register x WHERE x.business_key = o.business_key AND %s
                    ORDER BY x.id FETCH FIRST 1 ROW ONLY) AS closed_at
            FROM formal_escalation_tracker o
            LEFT JOIN staff_member s ON s.staff_id = o.staff_id
            WHERE o.entry_type = 'OPENED' AND %s
            """.formatted(CURRENT.formatted("workforce_case_closure_register", "x"), CURRENT.formatted("formal_escalation_tracker", "o"));

    /**
     * The keys of the cases that may be open at an instant (the one parameter): those without a current closure (a
     * hashed anti-join over the closure register) and those with a closure recorded at or after it (an index range).
     * A superset: {@link PeriodBounds#openRows} still applies the exact condition to these candidates only.
     */
    static final String OPEN_KEYS = """
            SELECT o.business_key FROM formal_escalation_tracker o WHERE o.entry_type = 'OPENED'
              AND NOT EXISTS (SELECT 1 FROM workforce_case_closure_register x WHERE x.business_key = o.business_key AND %s)
            UNION SELECT c.business_key FROM workforce_case_closure_register c WHERE c.recorded_at >= ?
            """.formatted(CURRENT.formatted("workforce_case_closure_register", "x"));

    /** The keys of the cases with a closure recorded in a range (two parameters). */
    private static final String CLOSED_KEYS = "SELECT c.business_key FROM workforce_case_closure_register c WHERE c.recorded_at >= ? AND c.recorded_at < ?";
    /** The figures of the cases closed in the period. */
    private static final List<String> CLOSED_IN_PERIOD = List.of("closed", "closedWithinTarget");

    /** The name of the rows of a statement's figures of what is open at the end of the period ({@link Query#with}). */
    private static final String OPEN_ROWS = "open_rows";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CalendarProperties calendar;
    private final SupervisionFigures supervision;
    private final FigureReads reads;

    public EscalatedCaseFigures(JdbcTemplate jdbc, Clock clock, CalendarProperties calendar, SupervisionFigures supervision,
                                PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.supervision = supervision;
        this.reads = new FigureReads(jdbc, transactions);
    }

    /** The figures of the scope as they stand today, without the business keys. */
    public EscalatedCaseReport report(ReportScope scope) {
        return report(scope, clock.today(), false);
    }

    /** The figures as they stand on {@code today}, with every key behind each figure when asked (early warnings, packs). */
    public EscalatedCaseReport report(ReportScope scope, LocalDate today, boolean withTrace) {
        return report(scope, today, withTrace ? FIGURES : List.of());
    }

    /** The figures as they stand on {@code today}, with the keys behind the {@code traced} figures only (the early warnings'). */
    public EscalatedCaseReport report(ReportScope scope, LocalDate today, List<String> traced) {
        return reads.read(() -> compute(new Query(PeriodBounds.of(scope, today, calendar.zone()), scope, today), traced));
    }

    /**
     * The figures of every calendar month from {@code first} to {@code last} as they stand on {@code today}, without
     * keys: for each month exactly what {@link #report(ReportScope, LocalDate, boolean)} gives for it, counted with one
     * query set grouped by month instead of one query set per month (the dashboard's trend).
     */
    public List<EscalatedCaseReport> trend(YearMonth first, YearMonth last, String team, String manager, LocalDate today) {
        PeriodBounds.Months months = PeriodBounds.months(first, last, today, calendar.zone());
        ReportScope whole = new ReportScope(first.atDay(1), last.atEndOfMonth(), team, manager);
        return reads.read(() -> {
            Query q = new Query(months, whole, today);
            Map<Integer, Map<String, Integer>> counts = reads.countsByMonth(months, q::with, FIGURES, q::fromShared);
            Map<Integer, Map<String, Integer>> byTeam = new TreeMap<>();
            Map<Integer, Map<String, Integer>> byManager = new TreeMap<>();
            List<Object> openedArgs = new ArrayList<>();
            jdbc.query("SELECT m.month_key, f.team, f.manager, COUNT(*) AS n " + q.from("opened", openedArgs)
                    + " GROUP BY m.month_key, f.team, f.manager", rs -> {
                        int key = rs.getInt("month_key");
                        String teamName = rs.getString("team");
                        byTeam.computeIfAbsent(key, k -> new TreeMap<>())
                                .merge(teamName == null ? SupervisionFigures.NOT_IN_DIRECTORY : teamName, rs.getInt("n"), Integer::sum);
                        byManager.computeIfAbsent(key, k -> new TreeMap<>()).merge(String.valueOf(rs.getString("manager")), rs.getInt("n"), Integer::sum);
                    }, openedArgs.toArray());
            Map<Integer, List<Long>> durations = new TreeMap<>();
            List<Object> closedArgs = new ArrayList<>();
            jdbc.query("SELECT m.month_key, f.escalated_date, " + q.day("f.closed_at") + " AS closed_on " + q.from("closed", closedArgs), rs -> {
                durations.computeIfAbsent(rs.getInt("month_key"), k -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
            }, closedArgs.toArray());
            List<EscalatedCaseReport> reports = new ArrayList<>();
            for (PeriodBounds.MonthRow month : months.rows) {
                int key = month.key();
                reports.add(assemble(new ReportScope(month.from(), month.to(), team, manager), counts.get(key),
                        byTeam.getOrDefault(key, new TreeMap<>()), byManager.getOrDefault(key, new TreeMap<>()),
                        durations.getOrDefault(key, List.of()), null));
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
            Query q = new Query(PeriodBounds.of(scope, today, calendar.zone()), scope, today);
            List<Object> args = new ArrayList<>();
            String with = q.with(args);
            String from = q.fromShared(figure, args);
            return reads.keyPage(figure, q.key(figure), with, from, args, page, size);
        });
    }

    public static boolean isFigure(String figure) {
        return FIGURES.contains(figure);
    }

    private EscalatedCaseReport compute(Query q, List<String> traced) {
        ReportScope scope = q.scope;
        Map<String, Integer> counts = reads.counts(q::with, FIGURES, q::fromShared);

        // the opened cases by team and line manager, and the closed cases' durations: rows of the period only
        Map<String, Integer> byTeam = new TreeMap<>();
        Map<String, Integer> byManager = new TreeMap<>();
        List<Object> openedArgs = new ArrayList<>();
        jdbc.query("SELECT f.team, f.manager, COUNT(*) AS n " + q.from("opened", openedArgs) + " GROUP BY f.team, f.manager", rs -> {
            String team = rs.getString("team");
            byTeam.merge(team == null ? SupervisionFigures.NOT_IN_DIRECTORY : team, rs.getInt("n"), Integer::sum);
            byManager.merge(String.valueOf(rs.getString("manager")), rs.getInt("n"), Integer::sum);
        }, openedArgs.toArray());
        List<Object> closedArgs = new ArrayList<>();
        List<Long> durations = jdbc.query("SELECT f.escalated_date, " + q.day("f.closed_at") + " AS closed_on " + q.from("closed", closedArgs),
                (rs, i) -> ChronoUnit.DAYS.between(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)),
                closedArgs.toArray());
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
                List<String> keys = new ArrayList<>(jdbc.queryForList(with + "SELECT " + q.key(figure) + " " + q.fromShared(figure, keyArgs),
                        String.class, keyArgs.toArray()));
                // Java's string order, as the in-memory trace, whatever the database's collation
                keys.sort(Comparator.naturalOrder());
                trace.put(figure, keys);
            }
        }
        return assemble(scope, counts, byTeam, byManager, durations, trace);
    }

    private static EscalatedCaseReport assemble(ReportScope scope, Map<String, Integer> counts, Map<String, Integer> byTeam,
                                                Map<String, Integer> byManager, List<Long> durations,
                                                Map<String, List<String>> trace) {
        Double averageDuration = durations.isEmpty() ? null : BigDecimal.valueOf(durations.stream().mapToLong(Long::longValue).sum())
                .divide(BigDecimal.valueOf(durations.size()), 1, RoundingMode.HALF_UP).doubleValue();
        int due = counts.get("reviewsDue");
        int onTime = counts.get("reviewsOnTime");
        int closed = counts.get("closed");
        int withinTarget = counts.get("closedWithinTarget");
        return new EscalatedCaseReport(scope.from(), scope.to(), scope.team(), scope.manager(),
                counts.get("opened"), counts.get("openCases"), due, onTime, Percent.of(onTime, due),
                closed, withinTarget, Percent.of(withinTarget, closed), averageDuration,
                counts.get("repeatEscalationsWithin60Days"), counts.get("seniorOversightEscalations"),
                counts.get("progressUnchanged"), byTeam, byManager, counts.get("openedForRecentRecruits"), trace);
    }

    /**
     * The conditions of one report or of every month of a trend: the period's bounds ({@link PeriodBounds}: parameters,
     * or the columns of the months table), the filters and today.
     */
    private final class Query {
        final PeriodBounds period;
        final ReportScope scope;
        final Timestamp todayStart;

        Query(PeriodBounds period, ReportScope scope, LocalDate today) {
            this.period = period;
            this.scope = scope;
            this.todayStart = Timestamp.from(today.atStartOfDay(calendar.zone()).toInstant());
        }

        String day(String column) {
            return supervision.day().formatted(column);
        }

        /** What a key of the figure is: the case's reference, or case/kind/cycle for a review. */
        String key(String figure) {
            return REVIEW_FIGURES.contains(figure) ? "r.business_key || '/' || r.kind || '/' || CAST(r.cycle AS VARCHAR(12))"
                    : "f.business_key";
        }

        /**
         * The WITH clause of a statement that counts or lists figures of what is open at the end of the period: their
         * rows ({@link PeriodBounds#openRows}) computed once, shared by every such figure of the statement.
         */
        String with(List<Object> args) {
            return "WITH " + OPEN_ROWS + " AS (" + period.openRows(FACTS, "opened_at", OPEN_KEYS, args) + ") ";
        }

        /** {@code FROM … WHERE …} selecting the figure's cases (as {@code f}) or reviews (as {@code r}) in scope. */
        String from(String figure, List<Object> args) {
            return from(figure, args, false);
        }

        /** As {@link #from}, the open cases being those of the statement's {@link #with} clause. */
        String fromShared(String figure, List<Object> args) {
            return from(figure, args, true);
        }

        private String from(String figure, List<Object> args, boolean shared) {
            StringBuilder sql = new StringBuilder();
            if (REVIEW_FIGURES.contains(figure)) {
                // OFFSET 0: each cycle's look-ups run once, not once per condition that names their columns
                sql.append("FROM ").append(period.table(args)).append("(SELECT * FROM (").append(reviews("escalated_case_monitoring_log", "MONITORING_REVIEW", args))
                        .append(" UNION ALL ").append(reviews("escalated_workforce_case_review", "CASE_REVIEW", args))
                        .append(") u OFFSET 0 ROWS) r JOIN (").append(FACTS).append(") f ON f.business_key = r.business_key WHERE ");
            } else {
                sql.append("FROM ").append(period.table(args));
                if (OPEN_AT_AS_OF.contains(figure)) {
                    sql.append(shared ? OPEN_ROWS : "(" + period.openRows(FACTS, "opened_at", OPEN_KEYS, args) + ")").append(" f");
                } else if (CLOSED_IN_PERIOD.contains(figure)) {
                    sql.append(period.closedFacts(FACTS, CLOSED_KEYS, args));
                } else {
                    sql.append("(").append(FACTS).append(") f");
                }
                sql.append(" WHERE ");
            }
            sql.append("1 = 1");
            if (scope.team() != null) {
                sql.append(" AND f.team = ?");
                args.add(scope.team());
            }
            if (scope.manager() != null) {
                sql.append(" AND f.manager = ?");
                args.add(scope.manager());
            }
            switch (figure) {
                case "opened" -> opened(sql, args);
                case "openCases" -> openAtAsOf(sql, args);
                case "reviewsDue" -> reviewsDue(sql, args);
                case "reviewsOnTime" -> {
                    reviewsDue(sql, args);
                    // recorded by the end of the due day; a missed review has no completion and is not on time
                    sql.append(" AND r.completed_at IS NOT NULL AND ").append(day("r.completed_at")).append(" <= ").append(day("r.review_due"));
                }
                case "closed" -> closed(sql, args);
                case "closedWithinTarget" -> {
                    closed(sql, args);
                    sql.append(" AND ").append(day("f.closed_at")).append(" <= f.target_closure_date");
                }
                case "repeatEscalationsWithin60Days" -> {
                    opened(sql, args);
                    // an earlier case of any scope: the repeat is about the staff member and concern, not the filter.
                    // Its candidates are the cases with a closure of this staff member (closure rows carry the case's
                    // staff id) in a window of raw instants a day wider than the 60 days either side, so the cost is
                    // one index probe per case opened, not all of the staff member's history
                    String closedOn = day("p.closed_at");
                    sql.append(" AND EXISTS (SELECT 1 FROM workforce_case_closure_register x JOIN (").append(FACTS)
                            .append(") p ON p.business_key = x.business_key WHERE x.staff_id = f.staff_id")
                            .append(" AND x.recorded_at >= CAST(f.escalated_date - ").append(EscalatedCaseKpis.REPEAT_WINDOW_DAYS + 2)
                            .append(" AS TIMESTAMP WITH TIME ZONE) AND x.recorded_at < CAST(f.escalated_date + 2 AS TIMESTAMP WITH TIME ZONE)")
                            .append(" AND p.staff_id = f.staff_id")
                            .append(" AND p.concern_type = f.concern_type AND p.business_key <> f.business_key")
                            .append(" AND p.closed_at IS NOT NULL AND ").append(closedOn).append(" <= f.escalated_date")
                            .append(" AND ").append(closedOn).append(" >= f.escalated_date - ").append(EscalatedCaseKpis.REPEAT_WINDOW_DAYS)
                            .append(")");
                }
                case "seniorOversightEscalations" -> {
                    // narrowed first to the cases with such a row in the period (an index range on recorded_at)
                    String senior = " FROM service_improvement_plan p WHERE p.entry_type = 'ESCALATED_TO_SENIOR_OVERSIGHT' AND "
                            + CURRENT.formatted("service_improvement_plan", "p");
                    sql.append(" AND f.business_key IN (SELECT p.business_key").append(senior).append(" AND p.recorded_at >= ")
                            .append(period.rangeStart(args)).append(" AND p.recorded_at < ").append(period.rangeEnd(args)).append(")");
                    if (period instanceof PeriodBounds.Months) {
                        // a case counts in each month with such a row
                        sql.append(" AND EXISTS (SELECT 1").append(senior).append(" AND p.business_key = f.business_key AND p.recorded_at >= ")
                                .append(period.start(args)).append(" AND p.recorded_at < ").append(period.end(args)).append(")");
                    }
                }
                case "progressUnchanged" -> {
                    openAtAsOf(sql, args);
                    // the last three ratings of the case (all of its history), looked up for the open cases only: the
                    // third from last exists and no two of it and the later ones differ (index probes by case: with
                    // the third from last as a joined row, PostgreSQL scanned the whole log)
                    String rated = " AND %1$s.entry_type IN ('INTERIM_CHECK', 'FORMAL_REVIEW') AND "
                            + CURRENT.formatted("escalated_case_monitoring_log", "%1$s");
                    String third = "(SELECT m.id FROM escalated_case_monitoring_log m WHERE m.business_key = f.business_key"
                            + rated.formatted("m") + " ORDER BY m.id DESC OFFSET " + (EscalatedCaseKpis.UNCHANGED_RATINGS - 1)
                            + " ROWS FETCH FIRST 1 ROW ONLY)";
                    String last = "(SELECT m.progress_rating FROM escalated_case_monitoring_log m WHERE m.business_key = f.business_key"
                            + rated.formatted("m") + " ORDER BY m.id DESC FETCH FIRST 1 ROW ONLY)";
                    sql.append(" AND ").append(third).append(" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM escalated_case_monitoring_log a")
                            .append(" WHERE a.business_key = f.business_key").append(rated.formatted("a"))
                            .append(" AND a.id >= ").append(third).append(" AND a.progress_rating <> ").append(last).append(")");
                }
                case "openedForRecentRecruits" -> {
                    opened(sql, args);
                    sql.append(" AND f.start_date IS NOT NULL AND f.start_date <= f.escalated_date AND f.start_date >= f.escalated_date - ")
                            .append(EscalatedCaseKpis.RECENT_RECRUIT_DAYS);
                }
                default -> throw new IllegalArgumentException("No figure called " + figure);
            }
            return sql.toString();
        }

        private void opened(StringBuilder sql, List<Object> args) {
            sql.append(" AND f.opened_at >= ").append(period.start(args)).append(" AND f.opened_at < ").append(period.end(args));
        }

        private void openAtAsOf(StringBuilder sql, List<Object> args) {
            sql.append(" AND f.opened_at < ").append(period.asOfEnd(args))
                    .append(" AND (f.closed_at IS NULL OR f.closed_at >= ").append(period.asOfEnd(args)).append(")");
        }

        /** Closed in the period: its candidates are already narrowed to the cases with a closure in it ({@link PeriodBounds#closedFacts}). */
        private void closed(StringBuilder sql, List<Object> args) {
            sql.append(" AND f.closed_at >= ").append(period.start(args)).append(" AND f.closed_at < ").append(period.end(args));
        }

        /** Due in the period and the due day has ended (before today). */
        private void reviewsDue(StringBuilder sql, List<Object> args) {
            sql.append(" AND r.review_due >= ").append(period.start(args)).append(" AND r.review_due < ").append(period.end(args))
                    .append(" AND r.review_due < ?");
            args.add(todayStart);
        }

        /**
         * One row per review cycle of a case that may fall due in the period: the due time of its first current row,
         * the time of its first current row that is not a missed review. The cycles are those with a row due in the
         * period (an index range on review_due); each is looked up by case and cycle (index), because as a join
         * PostgreSQL scanned the whole log.
         */
        private String reviews(String table, String kind, List<Object> args) {
            String cycle = " FROM " + table + " v WHERE v.business_key = p.business_key AND v.review_cycle = p.review_cycle AND "
                    + CURRENT.formatted(table, "v");
            return "SELECT p.business_key, '" + kind + "' AS kind, p.review_cycle AS cycle,"
                    + " (SELECT v.review_due" + cycle + " ORDER BY v.id FETCH FIRST 1 ROW ONLY) AS review_due,"
                    + " (SELECT v.recorded_at" + cycle + " AND v.entry_type <> 'MISSED_REVIEW' ORDER BY v.id FETCH FIRST 1 ROW ONLY) AS completed_at"
                    + " FROM (SELECT DISTINCT w.business_key, w.review_cycle FROM " + table + " w"
                    + " WHERE w.review_due >= " + period.rangeStart(args) + " AND w.review_due < " + period.rangeEnd(args)
                    + " AND w.review_cycle IS NOT NULL) p";
        }
    }

    // ---- the evidence pack's section (evidencepack/EscalatedCasePackKpis) ----

    /**
     * The figures of the scope as they stand on {@code today} with every key behind each, counted over one staff
     * member's cases when {@code staffId} is given (a staff member's evidence pack: a repeat escalation is one of the
     * same person, so their cases alone give their figures). Each count is the number of its keys, so the keys are
     * read once rather than counted and then read. The trace also holds the keys behind each group of the cases
     * opened: {@code openedByTeam:<team>} and {@code openedByLineManager:<manager>}.
     */
    public EscalatedCaseReport packReport(ReportScope scope, String staffId, LocalDate today) {
        return reads.read(() -> {
            Query q = new Query(PeriodBounds.of(scope, today, calendar.zone()), scope, today);
            Map<String, List<String>> trace = new LinkedHashMap<>();
            Map<String, List<String>> groups = new TreeMap<>();
            List<Long> durations = new ArrayList<>();
            for (String figure : FIGURES) {
                List<Object> args = new ArrayList<>();
                String from = q.from(figure, args);
                if (staffId != null) {
                    from += " AND f.staff_id = ?";
                    args.add(staffId);
                }
                List<String> keys = new ArrayList<>();
                switch (figure) {
                    case "opened" -> jdbc.query("SELECT f.business_key, f.team, f.manager " + from, rs -> {
                        keys.add(rs.getString(1));
                        String team = rs.getString(2);
                        groups.computeIfAbsent("openedByTeam:" + (team == null ? SupervisionFigures.NOT_IN_DIRECTORY : team),
                                g -> new ArrayList<>()).add(rs.getString(1));
                        groups.computeIfAbsent("openedByLineManager:" + rs.getString(3), g -> new ArrayList<>()).add(rs.getString(1));
                    }, args.toArray());
                    case "closed" -> jdbc.query("SELECT f.business_key, f.escalated_date, " + q.day("f.closed_at") + " AS closed_on " + from,
                            rs -> {
                                keys.add(rs.getString(1));
                                durations.add(ChronoUnit.DAYS.between(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                            }, args.toArray());
                    default -> keys.addAll(jdbc.queryForList("SELECT " + q.key(figure) + " " + from, String.class, args.toArray()));
                }
                // Java's string order, as the in-memory trace, whatever the database's collation
                keys.sort(Comparator.naturalOrder());
                trace.put(figure, keys);
            }
            Map<String, Integer> byTeam = new TreeMap<>();
            Map<String, Integer> byManager = new TreeMap<>();
            groups.forEach((group, keys) -> {
                keys.sort(Comparator.naturalOrder());
                trace.put(group, keys);
                String name = group.substring(group.indexOf(':') + 1);
                (group.startsWith("openedByTeam:") ? byTeam : byManager).put(name, keys.size());
            });
            return assemble(scope, FigureReads.sizes(trace), byTeam, byManager, durations, trace);
        });
    }

    // ---- for the meeting packs (meetings/) ----

    /**
     * Every key behind one figure of the scope as it stands on {@code today}, in key order: what a meeting pack
     * selects its items with (the figure "openCases" of the day {@code d} with today {@code d} is what is open at its end).
     */
    public List<String> allKeys(ReportScope scope, LocalDate today, String figure) {
        return reads.read(() -> {
            Query q = new Query(PeriodBounds.of(scope, today, calendar.zone()), scope, today);
            List<Object> args = new ArrayList<>();
            List<String> keys = new ArrayList<>(jdbc.queryForList("SELECT " + q.key(figure) + " " + q.from(figure, args), String.class,
                    args.toArray()));
            keys.sort(Comparator.naturalOrder());
            return keys;
        });
    }
}
