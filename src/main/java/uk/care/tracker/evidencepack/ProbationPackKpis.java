package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.ProbationActionFacts;
import uk.care.tracker.reports.ProbationKpis;
import uk.care.tracker.reports.ProbationReport;
import uk.care.tracker.reports.ReportScope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;

/** The probation figures of an evidence pack (the workforce development assurance report's), with their keys. */
@Component
@Order(3)
public class ProbationPackKpis implements PackKpis {

    private final ProbationActionFacts facts;
    private final ProbationKpis kpis;
    private final Clock clock;

    public ProbationPackKpis(ProbationActionFacts facts, ProbationKpis kpis, Clock clock) {
        this.facts = facts;
        this.kpis = kpis;
        this.clock = clock;
    }

    @Override
    public Section section(ReportScope scope, String staffId) {
        List<ProbationFact> all = facts.all();
        if (staffId != null) {
            all = all.stream().filter(p -> staffId.equals(p.staffId())).toList();
        }
        ProbationReport r = kpis.report(scope, all, clock.today());
        // unresolved induction themes are counted by competency area; the keys behind each are these
        Map<String, List<String>> trace = new LinkedHashMap<>(r.trace());
        List<String> unresolved = r.trace().get("unresolved");
        for (String area : r.unresolvedInductionThemes().keySet()) {
            trace.put("unresolvedInductionThemes:" + area, all.stream()
                    .filter(p -> unresolved.contains(p.businessKey()) && area.equals(p.competencyArea()))
                    .map(ProbationFact::businessKey).sorted().toList());
        }
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
