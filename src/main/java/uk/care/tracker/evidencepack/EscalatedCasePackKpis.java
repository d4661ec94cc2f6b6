package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.EscalatedCaseFacts;
import uk.care.tracker.reports.EscalatedCaseKpis;
import uk.care.tracker.reports.EscalatedCaseReport;
import uk.care.tracker.reports.ReportScope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;

/** The escalated-case figures of an evidence pack: the JSON report's, with their business keys. */
@Component
@Order(2)
public class EscalatedCasePackKpis implements PackKpis {

    private final EscalatedCaseFacts facts;
    private final EscalatedCaseKpis kpis;
    private final Clock clock;

    public EscalatedCasePackKpis(EscalatedCaseFacts facts, EscalatedCaseKpis kpis, Clock clock) {
        this.facts = facts;
        this.kpis = kpis;
        this.clock = clock;
    }

    @Override
    public Section section(ReportScope scope, String staffId) {
        List<CaseFact> all = facts.all();
        if (staffId != null) {
            // a repeat escalation is one of the same staff member, so their cases alone give their figures
            all = all.stream().filter(c -> staffId.equals(c.staffId())).toList();
        }
        EscalatedCaseReport r = kpis.report(scope, all, clock.today());
        // the report counts cases opened by team and line manager; the keys behind each count are these
        Map<String, List<String>> trace = new LinkedHashMap<>(r.trace());
        Set<String> openedKeys = Set.copyOf(r.trace().get("opened"));
        List<CaseFact> opened = all.stream().filter(c -> openedKeys.contains(c.businessKey())).toList();
        group(trace, "openedByTeam", opened, c -> c.team() == null ? "(not in directory)" : c.team());
        group(trace, "openedByLineManager", opened, CaseFact::lineManager);
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

    private static void group(Map<String, List<String>> trace, String name, List<CaseFact> cases, Function<CaseFact, String> by) {
        cases.stream().collect(Collectors.groupingBy(c -> name + ":" + by.apply(c), TreeMap::new,
                        Collectors.mapping(CaseFact::businessKey, Collectors.toList())))
                .forEach((group, keys) -> trace.put(group, keys.stream().sorted().toList()));
    }
}
