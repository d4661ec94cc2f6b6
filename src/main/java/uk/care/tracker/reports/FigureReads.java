package uk.care.tracker.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the three workflows' figures ({@link SupervisionFigures}, {@link EscalatedCaseFigures}, {@link ProbationFigures})
 * read the same way: every figure counted in one {@code UNION ALL}, a page of the keys behind one figure, and the
 * queries of one report in one read-only transaction, on PostgreSQL without JIT compilation (ADR 0004): the
 * correlated look-ups make the planner's cost estimates large enough to compile each query, which took longer than
 * running it (a month's supervision report at 1,000,000 actions: 9.7 s with JIT, 2.4 s without).
 */
final class FigureReads {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private volatile Boolean postgres;

    FigureReads(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
    }

    <T> T read(Supplier<T> work) {
        return transaction.execute(status -> {
            if (isPostgres()) {
                jdbc.execute("SET LOCAL jit = off");
            }
            return work.get();
        });
    }

    boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            p = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
            postgres = p;
        }
        return p;
    }

    /**
     * Every figure counted with one query. {@code fromWhere} gives a figure's {@code FROM ... WHERE ...}, adding its
     * arguments to the list it is handed.
     */
    Map<String, Integer> counts(List<String> figures, BiFunction<String, List<Object>, String> fromWhere) {
        return counts(args -> "", figures, fromWhere);
    }

    /** As {@link #counts(List, BiFunction)}, the statement starting with {@code with} (a WITH clause its figures share). */
    Map<String, Integer> counts(Function<List<Object>, String> with, List<String> figures, BiFunction<String, List<Object>, String> fromWhere) {
        return counts(with, figures, Map.of(), fromWhere);
    }

    /**
     * As {@link #counts(Function, List, BiFunction)}, the figures named in {@code perValue} counted per value of its
     * column: answered as {@code figure/value} ({@code figure/null} for no value), one entry per value counted.
     */
    Map<String, Integer> counts(Function<List<Object>, String> with, List<String> figures, Map<String, String> perValue,
                                BiFunction<String, List<Object>, String> fromWhere) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(with.apply(args));
        int start = sql.length();
        for (String figure : figures) {
            if (sql.length() > start) {
                sql.append(" UNION ALL ");
            }
            String column = perValue.get(figure);
            sql.append("SELECT ").append(label(figure, column)).append(" AS figure, COUNT(*) AS n ").append(fromWhere.apply(figure, args));
            if (column != null) {
                sql.append(" GROUP BY ").append(column);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(sql.toString(), rs -> {
            counts.put(rs.getString("figure"), rs.getInt("n"));
        }, args.toArray());
        return counts;
    }

    /**
     * Every figure counted for every month of a trend ({@link PeriodBounds.Months}) with one query: {@code fromWhere}
     * as for {@link #counts}, its FROM list starting with the months table {@code m}; the statement starting with
     * {@code with}. Answers month key to figure to count, every month and figure present (zero when nothing counted).
     */
    Map<Integer, Map<String, Integer>> countsByMonth(PeriodBounds.Months months, Function<List<Object>, String> with,
                                                     List<String> figures, BiFunction<String, List<Object>, String> fromWhere) {
        return countsByMonth(months, with, figures, Map.of(), fromWhere);
    }

    /** As {@link #countsByMonth(PeriodBounds.Months, Function, List, BiFunction)}, with {@code perValue} as for {@link #counts}. */
    Map<Integer, Map<String, Integer>> countsByMonth(PeriodBounds.Months months, Function<List<Object>, String> with,
                                                     List<String> figures, Map<String, String> perValue,
                                                     BiFunction<String, List<Object>, String> fromWhere) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(with.apply(args));
        int start = sql.length();
        for (String figure : figures) {
            if (sql.length() > start) {
                sql.append(" UNION ALL ");
            }
            String column = perValue.get(figure);
            sql.append("SELECT ").append(label(figure, column)).append(" AS figure, m.month_key AS month_key, COUNT(*) AS n ")
                    .append(fromWhere.apply(figure, args)).append(" GROUP BY m.month_key").append(column == null ? "" : ", " + column);
        }
        Map<Integer, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (PeriodBounds.MonthRow row : months.rows) {
            Map<String, Integer> zero = new LinkedHashMap<>();
            figures.stream().filter(figure -> !perValue.containsKey(figure)).forEach(figure -> zero.put(figure, 0));
            counts.put(row.key(), zero);
        }
        jdbc.query(sql.toString(), rs -> {
            counts.get(rs.getInt("month_key")).put(rs.getString("figure"), rs.getInt("n"));
        }, args.toArray());
        return counts;
    }

    private static String label(String figure, String column) {
        return column == null ? "'" + figure + "'" : "'" + figure + "/' || COALESCE(" + column + ", 'null')";
    }

    /** One page (from 0) of the keys behind a figure: its total, and {@code key} of its rows in key order. */
    SupervisionFigures.KeyPage keyPage(String figure, String key, String fromWhere, List<Object> args, int page, int size) {
        return keyPage(figure, key, "", fromWhere, args, page, size);
    }

    /** As {@link #keyPage(String, String, String, List, int, int)}, both statements starting with {@code with}. */
    SupervisionFigures.KeyPage keyPage(String figure, String key, String with, String fromWhere, List<Object> args, int page, int size) {
        Integer total = jdbc.queryForObject(with + "SELECT COUNT(*) " + fromWhere, Integer.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(size);
        paged.add((long) page * size);
        List<String> keys = jdbc.queryForList(with + "SELECT " + key + " AS k " + fromWhere + " ORDER BY k LIMIT ? OFFSET ?",
                String.class, paged.toArray());
        return new SupervisionFigures.KeyPage(figure, page, size, total == null ? 0 : total, keys);
    }

    /** Each figure's count as the number of its keys: a report assembled from keys read whole (the evidence pack's). */
    static Map<String, Integer> sizes(Map<String, List<String>> trace) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        trace.forEach((figure, keys) -> counts.put(figure, keys.size()));
        return counts;
    }
}
