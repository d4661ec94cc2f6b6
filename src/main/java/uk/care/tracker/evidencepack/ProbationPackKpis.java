package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.ProbationFigures;
import uk.care.tracker.reports.ProbationReport;
import uk.care.tracker.reports.ReportScope;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/**
 * The probation figures of an evidence pack (the workforce development assurance report's), with their keys,
 * computed in the database for the period's actions (or one staff member's) rather than from every action in memory.
 */
@Component
@Order(3)
public class ProbationPackKpis implements PackKpis {

    private final ProbationFigures figures;
    private final Clock clock;

    public ProbationPackKpis(ProbationFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public Section section(ReportScope scope, String staffId) {
        // the trace holds the keys behind each unresolved induction theme (competency area) too
        ProbationReport r = figures.packReport(scope, staffId, clock.today());
        return section(r, r.trace());
    }

    /** The section of a report, with the keys behind its figures and groups from {@code trace}. */
    Section section(ProbationReport r, Map<String, List<String>> trace) {
        return new Section("Probation actions", new Figures(trace)
                .count("opened", "Probation actions opened in the period", r.opened())
                .count("dueInPeriod", "Probation actions due in the period", r.dueInPeriod())
                .count("closedByDueDate", "Of those, closed by the due date", r.closedByDueDate())
                .add("closedByDueDatePercent", "Closed by the due date (closed by due date / due)", r.closedByDueDatePercent(), "%",
                        "closedByDueDate")
                .count("openOverdue", "Open and overdue at the end of the period", r.openOverdue())
                .count("escalations", "Escalated to the Registered Manager in the period", r.escalations())
                .add("mentorUpdatesOnTimePercent", "Mentor weekly logs on time (" + r.mentorUpdatesOnTime() + " of "
                        + r.mentorUpdatesDue() + ")", r.mentorUpdatesOnTimePercent(), "%", "")
                .count("poorlyEvidencedSignOffs", "Signed off on a statement alone", r.poorlyEvidencedSignOffs())
                .count("week12EarlyWarnings", "Open close to the week-12 decision without escalation", r.week12EarlyWarnings())
                .count("confidenceNotImproving", "Open, with confidence not rising after support", r.confidenceNotImproving())
                .groups("unresolvedInductionThemes", "Unresolved induction theme", r.unresolvedInductionThemes(),
                        "unresolvedInductionThemes")
                .list());
    }
}
