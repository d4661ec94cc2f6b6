package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.EscalatedCaseFigures;
import uk.care.tracker.reports.EscalatedCaseReport;
import uk.care.tracker.reports.ReportScope;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/**
 * The escalated-case figures of an evidence pack: the JSON report's, with their business keys, computed in the
 * database for the period's cases (or one staff member's) rather than from every case in memory.
 */
@Component
@Order(2)
public class EscalatedCasePackKpis implements PackKpis {

    private final EscalatedCaseFigures figures;
    private final Clock clock;

    public EscalatedCasePackKpis(EscalatedCaseFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public Section section(ReportScope scope, String staffId) {
        // the trace holds the keys behind each team's and line manager's count of the cases opened too
        EscalatedCaseReport r = figures.packReport(scope, staffId, clock.today());
        return section(r, r.trace());
    }

    /** The section of a report, with the keys behind its figures and groups from {@code trace}. */
    Section section(EscalatedCaseReport r, Map<String, List<String>> trace) {
        return new Section("Escalated cases", new Figures(trace)
                .count("opened", "Cases opened in the period", r.opened())
                .count("openCases", "Cases open at the end of the period", r.openCases())
                .count("reviewsDue", "Reviews due in the period (formal monitoring and case reviews)", r.reviewsDue())
                .count("reviewsOnTime", "Of those, recorded by the end of their due day", r.reviewsOnTime())
                .add("reviewTimelinessPercent", "Review timeliness (on time / due)", r.reviewTimelinessPercent(), "%", "reviewsOnTime")
                .count("closed", "Cases closed in the period", r.closed())
                .count("closedWithinTarget", "Of those, closed by the target closure date", r.closedWithinTarget())
                .add("closedWithinTargetPercent", "Closed within target (within target / closed)", r.closedWithinTargetPercent(),
                        "%", "closedWithinTarget")
                .add("averageCaseDurationDays", "Average case duration, escalation to closure", r.averageCaseDurationDays(),
                        "days", "closed")
                .count("repeatEscalationsWithin60Days", "Repeat escalations of the same issue within 60 days",
                        r.repeatEscalationsWithin60Days())
                .count("seniorOversightEscalations", "Escalated to senior provider oversight", r.seniorOversightEscalations())
                .count("progressUnchanged", "Open cases whose progress rating has not moved", r.progressUnchanged())
                .count("openedForRecentRecruits", "Opened for recent recruits (started within a year)", r.openedForRecentRecruits())
                .groups("openedByTeam", "Cases opened, team", r.openedByTeam(), "openedByTeam")
                .groups("openedByLineManager", "Cases opened, line manager", r.openedByLineManager(), "openedByLineManager")
                .list());
    }
}
