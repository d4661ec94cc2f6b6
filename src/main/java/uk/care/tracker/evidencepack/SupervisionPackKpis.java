package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionFigures;
import uk.care.tracker.reports.SupervisionReport;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/** The supervision-action figures of an evidence pack: the JSON report's, with their business keys. */
@Component
@Order(1)
public class SupervisionPackKpis implements PackKpis {

    private final SupervisionFigures figures;
    private final Clock clock;

    public SupervisionPackKpis(SupervisionFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public Section section(ReportScope scope, String staffId) {
        // every supervision KPI compares an action only with actions of the same staff member, so one staff member's
        // figures are those of their actions alone
        SupervisionReport r = figures.report(scope, staffId, clock.today(), true);
        return new Section("Supervision actions", new Figures(r.trace())
                .count("opened", "Actions opened (entered in the action tracker in the period)", r.opened())
                .count("dueInPeriod", "Actions due (deadline in the period)", r.dueInPeriod())
                .count("closedOnTime", "Of those due, closed as complete by the deadline", r.closedOnTime())
                .add("onTimeClosurePercent", "On-time closure (closed on time / due)", r.onTimeClosurePercent(), "%", "closedOnTime")
                .count("openOverdue", "Open and overdue at the end of the period", r.openOverdue())
                .count("closedWithWeakEvidence", "Closed on a statement alone (weak evidence)", r.closedWithWeakEvidence())
                .count("repeatActionsCarriedForward", "Repeat actions carried forward (same person and category within 90 days)",
                        r.repeatActionsCarriedForward())
                .count("lateEntries", "Entered later than the supervision's working day", r.lateEntries())
                .count("escalated", "Escalated into the overdue actions register", r.escalated())
                .groups("overdueByManager", "Missed deadlines, manager", r.overdueByManager(), "overdueByManager")
                .groups("overdueByTeam", "Missed deadlines, team", r.overdueByTeam(), "overdueByTeam")
                .groups("overdueByCategory", "Missed deadlines, category", r.overdueByCategory(), "overdueByCategory")
                .list());
    }
}
