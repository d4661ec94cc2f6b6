package uk.care.tracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The dashboard's trend, one query set grouped by month, checked on random month ranges, scopes and "today"s: each
 * month must be exactly that month's own report and the in-memory definition of it. One check for the escalated-case
 * and the probation figures, whose reports are different records of the same shape.
 */
record TrendCheck<R>(Trend<R> trend, BiFunction<ReportScope, LocalDate, R> monthReport,
                     BiFunction<ReportScope, LocalDate, R> definition, Function<R, LocalDate> from,
                     Function<R, LocalDate> to, Function<R, Object> trace) {

    interface Trend<R> {
        List<R> of(YearMonth first, YearMonth last, String team, String manager, LocalDate today);
    }

    void run(Random random, LocalDate firstDay, List<String> teams, List<String> managers, String seed) {
        for (int scenario = 0; scenario < 6; scenario++) {
            YearMonth first = YearMonth.from(firstDay.plusDays(random.nextInt(400)));
            YearMonth last = first.plusMonths(random.nextInt(14));
            String team = random.nextInt(3) == 0 ? teams.get(random.nextInt(teams.size())) : null;
            String manager = random.nextInt(3) == 0 ? managers.get(random.nextInt(managers.size())) : null;
            // today before, inside or after the months
            int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
            LocalDate today = first.atDay(1).plusDays(random.nextInt(31 * months + 60) - 20);
            List<R> trendMonths = trend.of(first, last, team, manager, today);
            assertThat(trendMonths).hasSize(months);
            for (R actual : trendMonths) {
                ReportScope month = new ReportScope(from.apply(actual), to.apply(actual), team, manager);
                String what = seed + ", trend " + first + " to " + last + ", month " + month + ", today " + today;
                assertThat(trace.apply(actual)).isNull();
                assertThat(actual).as(what).isEqualTo(monthReport.apply(month, today));
                assertThat(actual).as(what).isEqualTo(definition.apply(month, today));
            }
            assertThat(from.apply(trendMonths.get(0))).isEqualTo(first.atDay(1));
            assertThat(to.apply(trendMonths.get(trendMonths.size() - 1))).isEqualTo(last.atEndOfMonth());
        }
    }
}
