package uk.care.tracker.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/**
 * Everything the governance dashboard shows for a period, in one answer: the three workflows' reports for the period,
 * their monthly trend and the early warning signs. Every figure comes from the database: the supervision figures
 * (one query set for the period, one for all months) and the escalated-case and probation figures (one query set
 * for the period and one, grouped by month, for the trend), never all history read into memory.
 */
@Component
public class DashboardFigures {

    /** The most months a trend shows. */
    static final int MAX_MONTHS = 24;

    /** {@code months} lists the calendar months of the trend, oldest first, each as its whole month. */
    public record Dashboard(ReportScope scope, SupervisionReport supervision, EscalatedCaseReport escalatedCases,
                            ProbationReport probationActions, List<EarlyWarnings.Warning> warnings, List<String> months,
                            List<SupervisionFigures.Month> supervisionTrend, List<EscalatedCaseReport> escalatedCaseTrend,
                            List<ProbationReport> probationTrend) {
    }

    private final SupervisionFigures supervision;
    private final EscalatedCaseFigures escalated;
    private final ProbationFigures probation;
    private final EarlyWarnings warnings;
    private final Clock clock;

    public DashboardFigures(SupervisionFigures supervision, EscalatedCaseFigures escalated, ProbationFigures probation,
                            EarlyWarnings warnings, Clock clock) {
        this.supervision = supervision;
        this.escalated = escalated;
        this.probation = probation;
        this.warnings = warnings;
        this.clock = clock;
    }

    /** The period of {@code scope} and the {@code months} calendar months up to and including the month it ends in. */
    public Dashboard load(ReportScope scope, int months) {
        LocalDate today = clock.today();
        YearMonth last = YearMonth.from(scope.to());
        YearMonth first = last.minusMonths(months - 1L);
        List<String> names = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            names.add(m.toString());
        }
        List<EscalatedCaseReport> caseTrend = escalated.trend(first, last, scope.team(), scope.manager(), today);
        List<ProbationReport> probationTrend = probation.trend(first, last, scope.team(), scope.manager(), today);
        // the period's keys only for the early warnings that name them; the answer carries figures only
        EscalatedCaseReport cases = escalated.report(scope, today, EarlyWarnings.ESCALATED_CASE_KEYS);
        ProbationReport probationReport = probation.report(scope, today, EarlyWarnings.PROBATION_KEYS);
        return new Dashboard(scope, supervision.report(scope), cases.withoutTrace(), probationReport.withoutTrace(),
                warnings.list(scope, cases, probationReport), names,
                supervision.trend(first.atDay(1), last.atEndOfMonth(), scope.team(), scope.manager()),
                caseTrend, probationTrend);
    }
}
