package uk.care.tracker.reports;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import uk.care.tracker.calendar.CalendarProperties;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.SupervisionReport.Theme;

/**
 * The supervision-action KPIs of docs/kpi-definitions.md computed set-based in the database, so that a report costs
 * what its period holds rather than all history (ADR 0004). Each figure is one SQL condition over {@link #FACTS}, the
 * registers' current rows (corrections applied) reduced to one row per action exactly as {@link SupervisionActionFacts}
 * reduces them in memory; {@link SupervisionKpis#report(ReportScope, List, LocalDate)} is the definition these
 * conditions are tested against.
 */
@Component
public class SupervisionFigures {

    /** The figures whose business keys can be asked for, besides the groups {@code overdueByManager:<manager>} etc. */
    public static final List<String> FIGURES = List.of("opened", "dueInPeriod", "closedOnTime", "openOverdue",
            "closedWithWeakEvidence", "repeatActionsCarriedForward", "lateEntries", "escalated", "missedDeadline");
    static final List<String> GROUPS = List.of("overdueByManager", "overdueByTeam", "overdueByCategory");
    static final String NOT_IN_DIRECTORY = "(not in directory)";

    /**
     * One row per action: the read model {@code supervision_action_fact} (current registration, first current
     * closure as complete, first current escalation, whether it repeats an earlier action not closed on time;
     * {@link SupervisionActionFactTable}) with the team from the staff
     * directory, which an import changes in place and so is joined at read time.
     */
    static final String FACTS = """
            SELECT a.row_id, a.business_key, a.staff_id, s.team, a.manager, a.category, a.deadline, a.registered_at,
                   a.late_entry, a.closed_at, a.evidence_type, a.escalated_at, a.repeat_carried_forward
            FROM supervision_action_fact a
            LEFT JOIN staff_member s ON s.staff_id = a.staff_id
            """;

    private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9/_+\\-]+");

    /** One month of the trend: the figures of that whole calendar month. */
    public record Month(String month, LocalDate from, LocalDate to, int opened, int dueInPeriod, int closedOnTime,
                        Double onTimeClosurePercent, int closedWithWeakEvidence, int repeatActionsCarriedForward,
                        int lateEntries, int escalated, int missedDeadlines, Map<String, Integer> overdueByManager,
                        Map<String, Integer> overdueByTeam, Map<String, Integer> overdueByCategory) {
    }

    /** One page of the business keys behind a figure, in key order. */
    public record KeyPage(String figure, int page, int size, int total, List<String> keys) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CalendarProperties calendar;
    private final FigureReads reads;
    private volatile String dayFunction;

    public SupervisionFigures(JdbcTemplate jdbc, Clock clock, CalendarProperties calendar, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.reads = new FigureReads(jdbc, transactions);
    }

    // ---- the report ----------------------------------------------------------------------------------------------

    /** The figures of the scope as they stand today, without the business keys ({@code trace} is null). */
    public SupervisionReport report(ReportScope scope) {
        return report(scope, null, clock.today(), false);
    }

    /**
     * The figures as they stand on {@code today}, optionally for one staff member only and with every business key
     * behind each figure (for the evidence pack and the early warnings).
     */
    public SupervisionReport report(ReportScope scope, String staffId, LocalDate today, boolean withTrace) {
        return reads.read(() -> computeReport(scope, staffId, today, withTrace));
    }

    private SupervisionReport computeReport(ReportScope scope, String staffId, LocalDate today, boolean withTrace) {
        Query q = new Query(scope, staffId, today);
        Map<String, Integer> counts = reads.counts(FIGURES, (figure, args) -> "FROM (" + FACTS + ") f WHERE " + q.condition(figure, args));

        Map<String, Integer> byManager = new TreeMap<>();
        Map<String, Integer> byTeam = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        List<Object> groupArgs = new ArrayList<>();
        String groupSql = "SELECT f.category, f.manager, f.team, COUNT(*) AS n FROM (" + FACTS + ") f WHERE "
                + q.condition("missedDeadline", groupArgs) + " GROUP BY f.category, f.manager, f.team";
        jdbc.query(groupSql, rs -> {
            int n = rs.getInt("n");
            byCategory.merge(String.valueOf(rs.getString("category")), n, Integer::sum);
            byManager.merge(String.valueOf(rs.getString("manager")), n, Integer::sum);
            String team = rs.getString("team");
            byTeam.merge(team == null ? NOT_IN_DIRECTORY : team, n, Integer::sum);
        }, groupArgs.toArray());
        List<Theme> themes = themes(byCategory);

        Map<String, List<String>> trace = null;
        if (withTrace) {
            trace = new LinkedHashMap<>();
            for (String figure : FIGURES) {
                trace.put(figure, keys(q, figure, 0, Integer.MAX_VALUE));
            }
            for (String category : byCategory.keySet()) {
                trace.put("overdueByCategory:" + category, keys(q, "overdueByCategory:" + category, 0, Integer.MAX_VALUE));
            }
            for (String manager : byManager.keySet()) {
                trace.put("overdueByManager:" + manager, keys(q, "overdueByManager:" + manager, 0, Integer.MAX_VALUE));
            }
            for (String team : byTeam.keySet()) {
                trace.put("overdueByTeam:" + team, keys(q, "overdueByTeam:" + team, 0, Integer.MAX_VALUE));
            }
        }
        int due = counts.get("dueInPeriod");
        int onTime = counts.get("closedOnTime");
        return new SupervisionReport(scope.from(), scope.to(), scope.team(), scope.manager(),
                counts.get("opened"), due, onTime, Percent.of(onTime, due), counts.get("openOverdue"),
                counts.get("closedWithWeakEvidence"), counts.get("repeatActionsCarriedForward"), counts.get("lateEntries"),
                counts.get("escalated"), byManager, byTeam, byCategory, themes, trace);
    }

    static List<Theme> themes(Map<String, Integer> byCategory) {
        List<Theme> themes = new ArrayList<>();
        byCategory.forEach((category, n) -> {
            if (n >= 2) {
                themes.add(new Theme(category, n));
            }
        });
        themes.sort(Comparator.comparingInt(Theme::missedDeadlines).reversed().thenComparing(Theme::category));
        return themes;
    }

    // ---- the missed deadlines one by one (the quarterly review of manager non-compliance) ------------------------

    /** An action that missed its deadline: its key, manager responsible and deadline. */
    public record Missed(String businessKey, String manager, LocalDate deadline) {
    }

    /** The actions of the scope behind the figure {@code missedDeadline}, as they stand on {@code today}. */
    List<Missed> missedDeadlines(ReportScope scope, LocalDate today) {
        return reads.read(() -> {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT f.business_key, f.manager, f.deadline FROM (" + FACTS + ") f WHERE "
                    + new Query(scope, null, today).condition("missedDeadline", args);
            return jdbc.query(sql, (rs, i) -> new Missed(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                    args.toArray());
        });
    }

    // ---- the keys behind a figure ----------------------------------------------------------------------------------

    /** One page (from 0) of the business keys behind a figure of the scope, as it stands today. */
    public KeyPage keys(ReportScope scope, String figure, int page, int size) {
        return keys(scope, null, clock.today(), figure, page, size);
    }

    /** Every business key behind a figure of the scope as it stands today, in key order (for the early warnings). */
    List<String> allKeys(ReportScope scope, String figure) {
        LocalDate today = clock.today();
        return reads.read(() -> keys(new Query(scope, null, today), figure, 0, Integer.MAX_VALUE));
    }

    /**
     * The keys behind every group of one grouping of the missed deadlines ({@code overdueByManager}, {@code overdueByTeam}
     * or {@code overdueByCategory}) in one query, by group as the report names it, each in key order.
     */
    Map<String, List<String>> groupKeys(ReportScope scope, String grouping) {
        return groupKeys(scope, grouping, clock.today());
    }

    Map<String, List<String>> groupKeys(ReportScope scope, String grouping, LocalDate today) {
        String column = switch (grouping) {
            case "overdueByManager" -> "COALESCE(f.manager, 'null')";
            case "overdueByTeam" -> "COALESCE(f.team, '" + NOT_IN_DIRECTORY + "')";
            case "overdueByCategory" -> "COALESCE(f.category, 'null')";
            default -> throw new IllegalArgumentException("No grouping called " + grouping);
        };
        return reads.read(() -> {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT " + column + " AS g, f.business_key FROM (" + FACTS + ") f WHERE "
                    + new Query(scope, null, today).condition("missedDeadline", args);
            Map<String, List<String>> groups = new TreeMap<>();
            jdbc.query(sql, rs -> {
                groups.computeIfAbsent(rs.getString("g"), g -> new ArrayList<>()).add(rs.getString("business_key"));
            }, args.toArray());
            groups.values().forEach(keys -> keys.sort(Comparator.naturalOrder()));
            return groups;
        });
    }

    KeyPage keys(ReportScope scope, String staffId, LocalDate today, String figure, int page, int size) {
        return reads.read(() -> computeKeys(scope, staffId, today, figure, page, size));
    }

    private KeyPage computeKeys(ReportScope scope, String staffId, LocalDate today, String figure, int page, int size) {
        Query q = new Query(scope, staffId, today);
        List<Object> args = new ArrayList<>();
        String condition = q.condition(figure, args);
        Integer total = jdbc.queryForObject("SELECT COUNT(*) FROM (" + FACTS + ") f WHERE " + condition, Integer.class, args.toArray());
        return new KeyPage(figure, page, size, total == null ? 0 : total, keys(q, figure, page, size));
    }

    private List<String> keys(Query q, String figure, int page, int size) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT f.business_key FROM (" + FACTS + ") f WHERE " + q.condition(figure, args) + " ORDER BY f.business_key";
        if (size != Integer.MAX_VALUE) {
            sql += " LIMIT ? OFFSET ?";
            args.add(size);
            args.add((long) page * size);
        }
        List<String> keys = new ArrayList<>(jdbc.queryForList(sql, String.class, args.toArray()));
        // the same order as the in-memory trace (Java's string order), whatever the database's collation
        if (size == Integer.MAX_VALUE) {
            keys.sort(Comparator.naturalOrder());
        }
        return keys;
    }

    /** Whether {@code figure} names a figure whose keys can be listed. */
    public static boolean isFigure(String figure) {
        if (figure == null) {
            return false;
        }
        int colon = figure.indexOf(':');
        return colon < 0 ? FIGURES.contains(figure) : GROUPS.contains(figure.substring(0, colon)) && colon < figure.length() - 1;
    }

    // ---- the trend ---------------------------------------------------------------------------------------------

    /** One row per calendar month from the month of {@code from} to the month of {@code to}, in one set of queries. */
    public List<Month> trend(LocalDate from, LocalDate to, String team, String manager) {
        return trend(from, to, team, manager, clock.today());
    }

    List<Month> trend(LocalDate from, LocalDate to, String team, String manager, LocalDate today) {
        return reads.read(() -> computeTrend(from, to, team, manager, today));
    }

    private List<Month> computeTrend(LocalDate from, LocalDate to, String team, String manager, LocalDate today) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        ReportScope whole = new ReportScope(first.atDay(1), last.atEndOfMonth(), team, manager);
        Query q = new Query(whole, null, today);
        String day = day();
        Map<String, int[]> byMonth = new LinkedHashMap<>();
        Map<String, Map<String, Integer>[]> groups = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), new int[FIGURES.size()]);
            @SuppressWarnings("unchecked")
            Map<String, Integer>[] g = new Map[] {new TreeMap<>(), new TreeMap<>(), new TreeMap<>()};
            groups.put(m.toString(), g);
        }
        // the actions opened, with their repeats and late entries (kept with each row), in one pass by month
        List<Object> openedArgs = new ArrayList<>();
        String opened = day.formatted("f.registered_at");
        jdbc.query("SELECT " + monthKey(opened) + " AS month_key, COUNT(*) AS opened, "
                + "SUM(CASE WHEN f.repeat_carried_forward = TRUE THEN 1 ELSE 0 END) AS repeats, "
                + "SUM(CASE WHEN f.late_entry = TRUE THEN 1 ELSE 0 END) AS late FROM (" + FACTS + ") f WHERE "
                + q.condition("opened", openedArgs) + " GROUP BY " + monthKey(opened), rs -> {
                    int key = rs.getInt("month_key");
                    int[] counts = byMonth.get(YearMonth.of(key / 100, key % 100).toString());
                    if (counts != null) {
                        counts[FIGURES.indexOf("opened")] += rs.getInt("opened");
                        counts[FIGURES.indexOf("repeatActionsCarriedForward")] += rs.getInt("repeats");
                        counts[FIGURES.indexOf("lateEntries")] += rs.getInt("late");
                    }
                }, openedArgs.toArray());
        // the other figures counted by the month of the date that puts an action in them
        Map<String, String> monthOf = new LinkedHashMap<>();
        monthOf.put("closedWithWeakEvidence", day.formatted("f.closed_at"));
        monthOf.put("escalated", day.formatted("f.escalated_at"));
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        monthOf.forEach((figure, date) -> {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT '").append(figure).append("' AS figure, ").append(monthKey(date)).append(" AS month_key, COUNT(*) AS n FROM (")
                    .append(FACTS).append(") f WHERE ").append(q.condition(figure, args)).append(" GROUP BY ").append(monthKey(date));
        });
        jdbc.query(sql.toString(), rs -> {
            int key = rs.getInt("month_key");
            String month = YearMonth.of(key / 100, key % 100).toString();
            int[] counts = byMonth.get(month);
            if (counts != null) {
                counts[FIGURES.indexOf(rs.getString("figure"))] += rs.getInt("n");
            }
        }, args.toArray());
        // due, closed on time and missed from one pass over the actions due in the months
        List<Object> dueArgs = new ArrayList<>();
        dueArgs.add(today);
        String inner = "SELECT f.deadline, f.category, f.manager, f.team, " + Query.ON_TIME.formatted(day.formatted("f.closed_at"))
                + " AS on_time FROM (" + FACTS + ") f WHERE " + q.condition("dueInPeriod", dueArgs) + " OFFSET 0 ROWS";
        String dueSql = "SELECT " + monthKey("x.deadline") + " AS month_key, x.category, x.manager, x.team, COUNT(*) AS due, "
                + "SUM(CASE WHEN x.on_time THEN 1 ELSE 0 END) AS on_time, "
                + "SUM(CASE WHEN x.on_time OR x.deadline >= ? THEN 0 ELSE 1 END) AS missed FROM (" + inner + ") x "
                + "GROUP BY " + monthKey("x.deadline") + ", x.category, x.manager, x.team";
        jdbc.query(dueSql, rs -> {
            int key = rs.getInt("month_key");
            String month = YearMonth.of(key / 100, key % 100).toString();
            int[] counts = byMonth.get(month);
            Map<String, Integer>[] g = groups.get(month);
            if (counts != null) {
                int missed = rs.getInt("missed");
                counts[FIGURES.indexOf("dueInPeriod")] += rs.getInt("due");
                counts[FIGURES.indexOf("closedOnTime")] += rs.getInt("on_time");
                counts[FIGURES.indexOf("missedDeadline")] += missed;
                if (missed > 0) {
                    String teamName = rs.getString("team");
                    g[0].merge(String.valueOf(rs.getString("manager")), missed, Integer::sum);
                    g[1].merge(teamName == null ? NOT_IN_DIRECTORY : teamName, missed, Integer::sum);
                    g[2].merge(String.valueOf(rs.getString("category")), missed, Integer::sum);
                }
            }
        }, dueArgs.toArray());
        List<Month> months = new ArrayList<>();
        byMonth.forEach((month, c) -> {
            YearMonth m = YearMonth.parse(month);
            Map<String, Integer>[] g = groups.get(month);
            int due = c[FIGURES.indexOf("dueInPeriod")];
            int onTime = c[FIGURES.indexOf("closedOnTime")];
            months.add(new Month(month, m.atDay(1), m.atEndOfMonth(), c[FIGURES.indexOf("opened")], due, onTime,
                    Percent.of(onTime, due), c[FIGURES.indexOf("closedWithWeakEvidence")],
                    c[FIGURES.indexOf("repeatActionsCarriedForward")], c[FIGURES.indexOf("lateEntries")],
                    c[FIGURES.indexOf("escalated")], c[FIGURES.indexOf("missedDeadline")], g[0], g[1], g[2]));
        });
        return months;
    }

    private static String monthKey(String date) {
        return "(CAST(EXTRACT(YEAR FROM " + date + ") AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM " + date + ") AS INTEGER))";
    }

    // ---- the conditions -------------------------------------------------------------------------------------------

    /**
     * The provider's calendar day of a timestamp column, as SQL with one {@code %s} for the column. PostgreSQL reads
     * the local time of the zone directly; H2 turns a time stamp with time zone into the session's zone on a cast,
     * so it reads the day from the text of the local time instead.
     */
    String day() {
        String f = dayFunction;
        if (f == null) {
            String zone = calendar.zone().getId();
            if (!ZONE_ID.matcher(zone).matches()) {
                throw new IllegalStateException("Unexpected time zone id " + zone);
            }
            f = reads.isPostgres()
                    ? "CAST((%s AT TIME ZONE '" + zone + "') AS DATE)"
                    : "CAST(SUBSTRING(CAST((%s AT TIME ZONE '" + zone + "') AS VARCHAR) FROM 1 FOR 10) AS DATE)";
            dayFunction = f;
        }
        return f;
    }

    /** The conditions of one report: its period as days and as instants, the filters and today. */
    private final class Query {
        /** Closed as complete on or before the deadline day, for the closure day given as SQL; false without one. */
        static final String ON_TIME = "COALESCE(%s <= f.deadline, FALSE)";
        final ReportScope scope;
        final String staffId;
        final LocalDate today;
        final LocalDate asOf;
        final Timestamp start;
        final Timestamp end;
        final Timestamp asOfEnd;

        Query(ReportScope scope, String staffId, LocalDate today) {
            this.scope = scope;
            this.staffId = staffId;
            this.today = today;
            this.asOf = scope.asOf(today);
            this.start = startOf(scope.from());
            this.end = startOf(scope.to().plusDays(1));
            this.asOfEnd = startOf(asOf.plusDays(1));
        }

        private Timestamp startOf(LocalDate day) {
            return Timestamp.from(day.atStartOfDay(calendar.zone()).toInstant());
        }

        /** The SQL condition on {@code f} (a row of {@link #FACTS}) that selects the figure's actions in scope. */
        String condition(String figure, List<Object> args) {
            StringBuilder sql = new StringBuilder("1 = 1");
            if (scope.team() != null) {
                sql.append(" AND f.team = ?");
                args.add(scope.team());
            }
            if (scope.manager() != null) {
                sql.append(" AND f.manager = ?");
                args.add(scope.manager());
            }
            if (staffId != null) {
                sql.append(" AND f.staff_id = ?");
                args.add(staffId);
            }
            String day = day();
            // no closure makes the comparison unknown, which COALESCE turns into "not on time"
            String closedOnTime = ON_TIME.formatted(day.formatted("f.closed_at"));
            String missed = " AND f.deadline >= ? AND f.deadline <= ? AND f.deadline < ? AND NOT " + closedOnTime;
            int colon = figure.indexOf(':');
            if (colon > 0) {
                String group = figure.substring(0, colon);
                String value = figure.substring(colon + 1);
                sql.append(missed);
                args.add(scope.from());
                args.add(scope.to());
                args.add(today);
                switch (group) {
                    case "overdueByCategory" -> sql.append(" AND COALESCE(f.category, 'null') = ?");
                    case "overdueByManager" -> sql.append(" AND COALESCE(f.manager, 'null') = ?");
                    case "overdueByTeam" -> sql.append(" AND COALESCE(f.team, '" + NOT_IN_DIRECTORY + "') = ?");
                    default -> throw new IllegalArgumentException("No figure called " + figure);
                }
                args.add(value);
                return sql.toString();
            }
            switch (figure) {
                case "opened" -> opened(sql, args);
                case "dueInPeriod" -> due(sql, args);
                case "closedOnTime" -> {
                    due(sql, args);
                    sql.append(" AND ").append(closedOnTime);
                }
                case "openOverdue" -> {
                    // not closed by the end of asOf: never closed (the partial index on open actions), or closed
                    // after asOf (an index range from asOf to today), so the cost is not all history's
                    sql.append(" AND f.registered_at < ? AND f.deadline < ? AND (f.closed_at IS NULL OR f.closed_at >= ?)");
                    args.add(asOfEnd);
                    args.add(asOf);
                    args.add(asOfEnd);
                }
                case "closedWithWeakEvidence" -> {
                    sql.append(" AND f.closed_at >= ? AND f.closed_at < ? AND f.evidence_type = '")
                            .append(SupervisionKpis.STATEMENT_ONLY).append("'");
                    args.add(start);
                    args.add(end);
                }
                case "repeatActionsCarriedForward" -> {
                    // kept with each action's row, against actions of any scope (SupervisionActionFactTable.REPEAT)
                    opened(sql, args);
                    sql.append(" AND f.repeat_carried_forward = TRUE");
                }
                case "lateEntries" -> {
                    opened(sql, args);
                    sql.append(" AND f.late_entry = TRUE");
                }
                case "escalated" -> {
                    sql.append(" AND f.escalated_at >= ? AND f.escalated_at < ?");
                    args.add(start);
                    args.add(end);
                }
                case "missedDeadline" -> {
                    sql.append(missed);
                    args.add(scope.from());
                    args.add(scope.to());
                    args.add(today);
                }
                default -> throw new IllegalArgumentException("No figure called " + figure);
            }
            return sql.toString();
        }

        private void opened(StringBuilder sql, List<Object> args) {
            sql.append(" AND f.registered_at >= ? AND f.registered_at < ?");
            args.add(start);
            args.add(end);
        }

        private void due(StringBuilder sql, List<Object> args) {
            sql.append(" AND f.deadline >= ? AND f.deadline <= ?");
            args.add(scope.from());
            args.add(scope.to());
        }
    }

    // ---- for the meeting packs (meetings/) ----

    /**
     * The actions of the team and manager (null: any) open at the end of {@code day}: entered by then and not closed
     * as complete by then. Never-closed actions come through the partial index on open actions and the others through
     * the index on closed_at, so the cost is the open actions, not all history.
     */
    public List<String> openAt(LocalDate day, String team, String manager) {
        Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
        List<Object> args = new ArrayList<>(List.of(end, end));
        StringBuilder sql = new StringBuilder("SELECT f.business_key FROM (" + FACTS + ") f WHERE f.registered_at < ?"
                + " AND (f.closed_at IS NULL OR f.closed_at >= ?)");
        if (team != null) {
            sql.append(" AND f.team = ?");
            args.add(team);
        }
        if (manager != null) {
            sql.append(" AND f.manager = ?");
            args.add(manager);
        }
        return reads.read(() -> jdbc.queryForList(sql.toString(), String.class, args.toArray()));
    }

    /** Every key behind one figure of the scope as it stands on {@code today} (what a meeting pack selects with). */
    public List<String> allKeys(ReportScope scope, LocalDate today, String figure) {
        return reads.read(() -> {
            List<Object> args = new ArrayList<>();
            String condition = new Query(scope, null, today).condition(figure, args);
            return jdbc.queryForList("SELECT f.business_key FROM (" + FACTS + ") f WHERE " + condition, String.class, args.toArray());
        });
    }
}
