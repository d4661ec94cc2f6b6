package uk.care.tracker.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Everything the governance dashboard shows for a period, in one answer: the three workflows' reports for the period,
 * their monthly trend and the early warning signs. The supervision figures come from the database (one query set for
 * the period, one for all months); the escalated-case and probation registers are read once for the period and every
 * month together, where the page used to ask for each month's reports separately.
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
    private final EscalatedCaseKpis escalated;
    private final ProbationKpis probation;
    private final EarlyWarnings warnings;

    public DashboardFigures(SupervisionFigures supervision, EscalatedCaseKpis escalated, ProbationKpis probation,
                            EarlyWarnings warnings) {
        this.supervision = supervision;
        this.escalated = escalated;
        this.probation = probation;
        this.warnings = warnings;
    }

    /** The period of {@code scope} and the {@code months} calendar months up to and including the month it ends in. */
    public Dashboard load(ReportScope scope, int months) {
        YearMonth last = YearMonth.from(scope.to());
        YearMonth first = last.minusMonths(months - 1L);
        List<ReportScope> scopes = new ArrayList<>();
        scopes.add(scope);
        List<String> names = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            names.add(m.toString());
            scopes.add(new ReportScope(m.atDay(1), m.atEndOfMonth(), scope.team(), scope.manager()));
        }
        List<EscalatedCaseReport> cases = escalated.reports(scopes);
        List<ProbationReport> probationReports = probation.reports(scopes);
        return new Dashboard(scope, supervision.report(scope), cases.get(0), probationReports.get(0),
                warnings.list(scope, cases.get(0), probationReports.get(0)), names,
                supervision.trend(first.atDay(1), last.atEndOfMonth(), scope.team(), scope.manager()),
                cases.subList(1, cases.size()), probationReports.subList(1, probationReports.size()));
    }
}
