package uk.care.tracker.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.reports.ProbationActionFacts.SupportLog;

/** The probation KPIs of the workforce development assurance report, defined here and in docs/kpi-definitions.md. */
@Component
public class ProbationKpis {

    /** Confidence that has not risen over this many weekly logs is the article's warning sign. */
    static final int FLAT_CONFIDENCE_LOGS = 2;

    private final ProbationActionFacts facts;
    private final Clock clock;
    private final ProbationFigures figures;

    /** The definition alone, over facts given to {@link #report(ReportScope, List, LocalDate)} (the tests' oracle). */
    public ProbationKpis(ProbationActionFacts facts, Clock clock) {
        this(facts, clock, null);
    }

    @Autowired
    public ProbationKpis(ProbationActionFacts facts, Clock clock, ProbationFigures figures) {
        this.facts = facts;
        this.clock = clock;
        this.figures = figures;
    }

    /**
     * The scope's figures as they stand today with every business key behind them (early warnings, the monthly
     * summary): computed in the database ({@link ProbationFigures}), which is tested to agree with the definition below.
     */
    public ProbationReport report(ReportScope scope) {
        if (figures != null) {
            return figures.report(scope, clock.today(), true);
        }
        return report(scope, facts.all(), clock.today());
    }

    public ProbationReport report(ReportScope scope, List<ProbationFact> all, LocalDate today) {
        LocalDate asOf = scope.asOf(today);
        List<ProbationFact> inScope = all.stream().filter(p -> scope.matches(p.team(), p.lineManager())).toList();
        Map<String, List<String>> trace = new LinkedHashMap<>();
        Traced<ProbationFact> t = new Traced<>(trace, ProbationFact::businessKey);

        List<ProbationFact> opened = t.select("opened", inScope, p -> scope.contains(p.registeredOn()));
        List<ProbationFact> due = t.select("dueInPeriod", inScope, p -> scope.contains(p.deadline()));
        List<ProbationFact> closedByDue = t.select("closedByDueDate", due, ProbationFact::closedByDueDate);
        t.select("openOverdue", inScope, p -> p.openAt(asOf) && p.deadline().isBefore(asOf));
        // unresolved induction themes: the competency areas of actions still open at the end of the period
        List<ProbationFact> unresolved = t.select("unresolved", inScope, p -> p.openAt(asOf));
        t.select("escalations", inScope, p -> p.escalatedOn().stream().anyMatch(scope::contains));
        t.select("poorlyEvidencedSignOffs", inScope,
                p -> scope.contains(p.closedOn()) && SupervisionKpis.STATEMENT_ONLY.equals(p.evidenceType()));
        t.select("week12EarlyWarnings", inScope, p -> p.earlyWarningsOn().stream().anyMatch(scope::contains));
        t.select("confidenceNotImproving", inScope, p -> p.openAt(asOf) && flatConfidence(p.supportLogs()));

        // mentor updates: weekly logs whose Friday fell in the period, submitted or missed; on time when recorded by
        // that day (a missed log is due and not on time)
        int logsDue = 0;
        int logsOnTime = 0;
        for (ProbationFact p : inScope) {
            for (SupportLog log : p.supportLogs()) {
                if (scope.contains(log.dueOn())) {
                    logsDue++;
                    logsOnTime += log.onTime() ? 1 : 0;
                }
            }
        }
        return new ProbationReport(scope.from(), scope.to(), scope.team(), scope.manager(),
                opened.size(), due.size(), closedByDue.size(), Percent.of(closedByDue.size(), due.size()), t.count("openOverdue"),
                Traced.countBy(unresolved, ProbationFact::competencyArea), t.count("escalations"), logsDue, logsOnTime,
                Percent.of(logsOnTime, logsDue), t.count("poorlyEvidencedSignOffs"), t.count("week12EarlyWarnings"),
                t.count("confidenceNotImproving"), trace);
    }

    /** The last logs show no rise in confidence. */
    static boolean flatConfidence(List<SupportLog> all) {
        List<SupportLog> logs = all.stream().filter(log -> !log.missed()).toList();
        if (logs.size() < FLAT_CONFIDENCE_LOGS) {
            return false;
        }
        return logs.subList(logs.size() - FLAT_CONFIDENCE_LOGS, logs.size()).stream()
                .allMatch(log -> log.confidenceChange() == null || log.confidenceChange() <= 0);
    }
}
