package uk.care.tracker.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;
import uk.care.tracker.reports.SupervisionReport.Theme;

/**
 * The supervision-action KPIs, defined here and in docs/kpi-definitions.md (keep the two in step). All dates are
 * the provider's calendar days; "in the period" includes both ends.
 *
 * <p>{@link #report(ReportScope, List, LocalDate)} is the definition in memory, over every action: the reference
 * that the database computation ({@link SupervisionFigures}, what the application runs, ADR 0004) is tested against.
 */
@Component
public class SupervisionKpis {

    /** Evidence that is only the manager's word: a completion closed on it alone is weakly evidenced. */
    static final String STATEMENT_ONLY = "STATEMENT_ONLY";
    /** How far back an earlier action counts when the same staff member and category come up again. */
    static final int CARRY_FORWARD_DAYS = 90;

    private final SupervisionActionFacts facts;
    private final Clock clock;
    private final SupervisionFigures figures;

    /** The in-memory definition alone (for tests of the definition). */
    public SupervisionKpis(SupervisionActionFacts facts, Clock clock) {
        this(facts, clock, null);
    }

    @Autowired
    public SupervisionKpis(SupervisionActionFacts facts, Clock clock, SupervisionFigures figures) {
        this.facts = facts;
        this.clock = clock;
        this.figures = figures;
    }

    /** Every figure of the scope as it stands today, with the business keys behind each one. */
    public SupervisionReport report(ReportScope scope) {
        if (figures == null) {
            return report(scope, facts.all(), clock.today());
        }
        return figures.report(scope, null, clock.today(), true);
    }

    /** The figures as they stand on {@code today}; a period reaching past today is counted up to today. */
    SupervisionReport report(ReportScope scope, List<ActionFact> all, LocalDate today) {
        LocalDate asOf = scope.asOf(today);
        List<ActionFact> inScope = all.stream().filter(a -> scope.matches(a.team(), a.manager())).toList();
        Map<String, List<String>> trace = new LinkedHashMap<>();
        Traced<ActionFact> t = new Traced<>(trace, ActionFact::businessKey);

        // opened: entered in the action tracker during the period
        List<ActionFact> opened = t.select("opened", inScope, a -> scope.contains(a.registeredOn()));
        // dueInPeriod: deadline in the period
        List<ActionFact> due = t.select("dueInPeriod", inScope, a -> scope.contains(a.deadline()));
        // closedOnTime: of those due, closed as complete on or before the deadline day
        List<ActionFact> onTime = t.select("closedOnTime", due, ActionFact::closedOnTime);
        // openOverdue: deadline passed and still open at the end of the last day of the period (or today)
        t.select("openOverdue", inScope, a -> a.openOverdueAt(asOf));
        // closedWithWeakEvidence: closed as complete in the period on a narrative statement alone
        t.select("closedWithWeakEvidence", inScope, a -> scope.contains(a.closedOn()) && STATEMENT_ONLY.equals(a.evidenceType()));
        // repeatActionsCarriedForward: opened in the period, repeating the staff member and category of an action of
        // the previous 90 days whose deadline had already passed without closure when this one was agreed
        t.select("repeatActionsCarriedForward", opened, a -> all.stream().anyMatch(earlier -> carriedForward(earlier, a)));
        t.select("lateEntries", opened, ActionFact::lateEntry);
        t.select("escalated", inScope, a -> scope.contains(a.escalatedOn()));

        // missed deadlines in the period (the deadline day has ended without closure): the overdue clusters by
        // manager, team and category, and the repeated themes, of the article's early warning signs
        List<ActionFact> missed = t.select("missedDeadline", due, a -> a.deadline().isBefore(today) && a.missedDeadline());
        Map<String, Integer> byCategory = Traced.countBy(missed, ActionFact::category);
        Map<String, Integer> byManager = Traced.countBy(missed, ActionFact::manager);
        Map<String, Integer> byTeam = Traced.countBy(missed, ActionFact::teamOrUnknown);
        for (String category : byCategory.keySet()) {
            t.select("overdueByCategory:" + category, missed, a -> category.equals(a.category()));
        }
        for (String manager : byManager.keySet()) {
            t.select("overdueByManager:" + manager, missed, a -> manager.equals(String.valueOf(a.manager())));
        }
        for (String team : byTeam.keySet()) {
            t.select("overdueByTeam:" + team, missed, a -> team.equals(a.teamOrUnknown()));
        }
        List<Theme> themes = new ArrayList<>();
        byCategory.forEach((category, n) -> {
            if (n >= 2) {
                themes.add(new Theme(category, n));
            }
        });
        themes.sort(Comparator.comparingInt(Theme::missedDeadlines).reversed().thenComparing(Theme::category));

        return new SupervisionReport(scope.from(), scope.to(), scope.team(), scope.manager(),
                opened.size(), due.size(), onTime.size(), Percent.of(onTime.size(), due.size()),
                t.count("openOverdue"), t.count("closedWithWeakEvidence"),
                t.count("repeatActionsCarriedForward"), t.count("lateEntries"), t.count("escalated"),
                byManager, byTeam, byCategory, themes, trace);
    }

    static boolean carriedForward(ActionFact earlier, ActionFact later) {
        return !earlier.businessKey().equals(later.businessKey())
                && earlier.staffId().equals(later.staffId())
                && earlier.category().equals(later.category())
                && earlier.registeredOn().isBefore(later.registeredOn().plusDays(1))
                && !earlier.registeredOn().isBefore(later.registeredOn().minusDays(CARRY_FORWARD_DAYS))
                && earlier.deadline().isBefore(later.registeredOn())
                && (earlier.closedOn() == null || earlier.closedOn().isAfter(earlier.deadline()));
    }
}
