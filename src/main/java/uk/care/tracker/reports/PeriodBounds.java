package uk.care.tracker.reports;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the period of a figure's SQL condition comes from: bound parameters for one report's period, or the columns of
 * a table of calendar months ({@code m}) for a trend, so that one query per figure, grouped by {@code m.month_key},
 * gives exactly what the report of each month gives (the same condition, each month's bounds in its row). Conditions
 * that only narrow the candidate rows for an index take the whole range as parameters ({@link #rangeStart},
 * {@link #rangeEnd}, {@link #rangeFrom}, {@link #rangeTo}): for one period that is the period itself.
 */
abstract class PeriodBounds {

    final Timestamp rangeStart;
    final Timestamp rangeEnd;
    final LocalDate rangeFrom;
    final LocalDate rangeTo;

    private PeriodBounds(Timestamp rangeStart, Timestamp rangeEnd, LocalDate rangeFrom, LocalDate rangeTo) {
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
        this.rangeFrom = rangeFrom;
        this.rangeTo = rangeTo;
    }

    /** One report's period, as it stands on {@code today}. */
    static PeriodBounds of(ReportScope scope, LocalDate today, ZoneId zone) {
        return new One(MonthRow.of(0, scope.from(), scope.to(), today, zone));
    }

    /** Every calendar month from {@code first} to {@code last}, each as it stands on {@code today}. */
    static Months months(YearMonth first, YearMonth last, LocalDate today, ZoneId zone) {
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            rows.add(MonthRow.of(m.getYear() * 100 + m.getMonthValue(), m.atDay(1), m.atEndOfMonth(), today, zone));
        }
        return new Months(rows);
    }

    /** The table of months to put first in a FROM list ({@code "(...) m, "}), or nothing for one period. */
    abstract String table(List<Object> args);

    /** 00:00 of the period's first day, as an instant. */
    abstract String start(List<Object> args);

    /** 00:00 of the day after the period's last day. */
    abstract String end(List<Object> args);

    /** The period's first day. */
    abstract String from(List<Object> args);

    /** The period's last day. */
    abstract String to(List<Object> args);

    /** The day the figures stand at: the period's last day, or today while the period is still running. */
    abstract String asOf(List<Object> args);

    /** 00:00 of the day after {@link #asOf}. */
    abstract String asOfEnd(List<Object> args);

    /**
     * The rows of {@code facts} for the figures of what is open at the end of the period ({@code opened}
     * before the end of the as-of day, {@code closed_at} null or later), narrowed first to {@code openKeys}: the keys
     * that may be open at the instant it takes as its one parameter (no current closure, or a closure recorded at or
     * after it), found with a hashed anti-join and an index range instead of looking up the closure of every item
     * ever recorded (ADR 0004). A report's figures share them (a WITH clause: computed once per statement, not once
     * per figure). In a trend, the rows open at the end of any of its months are computed once
     * ({@code OFFSET 0}: not merged into the join) and then matched to each month: joined directly, the database
     * looked up every closure of all history once per month.
     */
    String openRows(String facts, String opened, String openKeys, List<Object> args) {
        String narrowed = "SELECT * FROM (" + facts + ") f WHERE f.business_key IN (" + openKeys + ")";
        asOfEnd(args);
        return narrowed;
    }

    /**
     * {@code facts} as the FROM item {@code f} for a figure of what closed in the period, narrowed first to
     * {@code closedKeys}: the keys with a closure recorded in the range its two parameters bound (an index range). In a
     * trend these rows are computed once ({@code OFFSET 0}) and then matched to each month, not looked up per month.
     */
    String closedFacts(String facts, String closedKeys, List<Object> args) {
        rangeStart(args);
        rangeEnd(args);
        return "(SELECT * FROM (" + facts + ") f WHERE f.business_key IN (" + closedKeys + ")" + once() + ") f";
    }

    /** What keeps a trend's derived table from being merged into its join with the months. */
    String once() {
        return "";
    }

    String rangeStart(List<Object> args) {
        args.add(rangeStart);
        return "?";
    }

    String rangeEnd(List<Object> args) {
        args.add(rangeEnd);
        return "?";
    }

    /** The first day of the whole range. */
    String rangeFrom(List<Object> args) {
        args.add(rangeFrom);
        return "?";
    }

    /** The last day of the whole range. */
    String rangeTo(List<Object> args) {
        args.add(rangeTo);
        return "?";
    }

    /** One period's (or month's) bounds as values. */
    record MonthRow(int key, LocalDate from, LocalDate to, LocalDate asOf, Timestamp start, Timestamp end, Timestamp asOfEnd) {

        static MonthRow of(int key, LocalDate from, LocalDate to, LocalDate today, ZoneId zone) {
            LocalDate asOf = ReportScope.of(from, to).asOf(today);
            return new MonthRow(key, from, to, asOf, startOf(from, zone), startOf(to.plusDays(1), zone), startOf(asOf.plusDays(1), zone));
        }

        private static Timestamp startOf(LocalDate day, ZoneId zone) {
            return Timestamp.from(day.atStartOfDay(zone).toInstant());
        }
    }

    private static final class One extends PeriodBounds {
        private final MonthRow period;

        One(MonthRow period) {
            super(period.start(), period.end(), period.from(), period.to());
            this.period = period;
        }

        private static String bind(List<Object> args, Object value) {
            args.add(value);
            return "?";
        }

        @Override String table(List<Object> args) {
            return "";
        }

        @Override String start(List<Object> args) {
            return bind(args, period.start());
        }

        @Override String end(List<Object> args) {
            return bind(args, period.end());
        }

        @Override String from(List<Object> args) {
            return bind(args, period.from());
        }

        @Override String to(List<Object> args) {
            return bind(args, period.to());
        }

        @Override String asOf(List<Object> args) {
            return bind(args, period.asOf());
        }

        @Override String asOfEnd(List<Object> args) {
            return bind(args, period.asOfEnd());
        }
    }

    /** The months of a trend, one row each in the table {@code m}, keyed {@code yyyymm}. */
    static final class Months extends PeriodBounds {
        final List<MonthRow> rows;

        Months(List<MonthRow> rows) {
            super(rows.get(0).start(), rows.get(rows.size() - 1).end(), rows.get(0).from(), rows.get(rows.size() - 1).to());
            this.rows = rows;
        }

        @Override String table(List<Object> args) {
            StringBuilder sql = new StringBuilder("(");
            for (MonthRow row : rows) {
                if (sql.length() > 1) {
                    sql.append(" UNION ALL ");
                }
                // typed casts: neither database can tell a bare parameter's type in a select list
                sql.append("SELECT CAST(? AS INTEGER) AS month_key, CAST(? AS TIMESTAMP WITH TIME ZONE) AS start_at,"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE) AS end_at, CAST(? AS DATE) AS from_day, CAST(? AS DATE) AS to_day,"
                        + " CAST(? AS DATE) AS as_of, CAST(? AS TIMESTAMP WITH TIME ZONE) AS as_of_end");
                args.addAll(List.of(row.key(), row.start(), row.end(), row.from(), row.to(), row.asOf(), row.asOfEnd()));
            }
            return sql.append(") m, ").toString();
        }

        @Override String once() {
            return " OFFSET 0 ROWS";
        }

        @Override String openRows(String facts, String opened, String openKeys, List<Object> args) {
            Timestamp earliest = rows.stream().map(MonthRow::asOfEnd).min(Timestamp::compareTo).orElseThrow();
            args.add(rows.stream().map(MonthRow::asOfEnd).max(Timestamp::compareTo).orElseThrow());
            args.add(earliest);
            args.add(earliest);
            return "SELECT * FROM (" + facts + ") f WHERE f." + opened + " < ? AND (f.closed_at IS NULL OR f.closed_at >= ?)"
                    + " AND f.business_key IN (" + openKeys + ") OFFSET 0 ROWS";
        }

        @Override String start(List<Object> args) {
            return "m.start_at";
        }

        @Override String end(List<Object> args) {
            return "m.end_at";
        }

        @Override String from(List<Object> args) {
            return "m.from_day";
        }

        @Override String to(List<Object> args) {
            return "m.to_day";
        }

        @Override String asOf(List<Object> args) {
            return "m.as_of";
        }

        @Override String asOfEnd(List<Object> args) {
            return "m.as_of_end";
        }
    }
}
