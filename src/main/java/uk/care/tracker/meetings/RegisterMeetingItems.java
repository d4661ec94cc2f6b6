package uk.care.tracker.meetings;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.care.tracker.reports.EscalatedCaseFacts;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.reports.EscalatedCaseFigures;
import uk.care.tracker.reports.ProbationActionFacts;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.reports.ProbationFigures;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionActionFacts;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;
import uk.care.tracker.reports.SupervisionFigures;

/**
 * A meeting's items chosen in the database with the reports' own conditions ({@code *Figures}: open at the end of a
 * day, opened or escalated in a period), then built from their register rows by the KPIs' own facts, for those items
 * only ({@code *Facts.forKeys}).
 */
@Component
class RegisterMeetingItems implements MeetingItems {

    private final SupervisionFigures supervision;
    private final EscalatedCaseFigures cases;
    private final ProbationFigures probation;
    private final SupervisionActionFacts actionFacts;
    private final EscalatedCaseFacts caseFacts;
    private final ProbationActionFacts probationFacts;

    RegisterMeetingItems(SupervisionFigures supervision, EscalatedCaseFigures cases, ProbationFigures probation,
                         SupervisionActionFacts actionFacts, EscalatedCaseFacts caseFacts, ProbationActionFacts probationFacts) {
        this.supervision = supervision;
        this.cases = cases;
        this.probation = probation;
        this.actionFacts = actionFacts;
        this.caseFacts = caseFacts;
        this.probationFacts = probationFacts;
    }

    @Override
    public List<ActionFact> actionsOpenOrEntered(ReportScope scope) {
        Set<String> keys = new LinkedHashSet<>(supervision.openAt(scope.to(), scope.team(), scope.manager()));
        sinceLastSitting(scope).ifPresent(since -> keys.addAll(supervision.allKeys(since, scope.to(), "opened")));
        return actionFacts.forKeys(keys);
    }

    @Override
    public List<ActionFact> actionsOpen(ReportScope scope) {
        return actionFacts.forKeys(supervision.openAt(scope.to(), scope.team(), scope.manager()));
    }

    @Override
    public List<ActionFact> actionsEscalated(ReportScope scope) {
        return sinceLastSitting(scope).map(since -> actionFacts.forKeys(supervision.allKeys(since, scope.to(), "escalated")))
                .orElse(List.of());
    }

    @Override
    public List<CaseFact> casesOpen(ReportScope scope) {
        return caseFacts.forKeys(cases.allKeys(day(scope), scope.to(), "openCases"));
    }

    @Override
    public List<CaseFact> casesOpenedOrOverseen(ReportScope scope) {
        return sinceLastSitting(scope).map(since -> {
            Set<String> keys = new LinkedHashSet<>(cases.allKeys(since, scope.to(), "opened"));
            keys.addAll(cases.allKeys(since, scope.to(), "seniorOversightEscalations"));
            return caseFacts.forKeys(keys);
        }).orElse(List.of());
    }

    @Override
    public List<ProbationFact> probationOpen(ReportScope scope) {
        return probationFacts.forKeys(probation.allKeys(day(scope), scope.to(), "unresolved"));
    }

    @Override
    public List<ProbationFact> probationEscalated(ReportScope scope) {
        return sinceLastSitting(scope).map(since -> probationFacts.forKeys(probation.allKeys(since, scope.to(), "escalations")))
                .orElse(List.of());
    }

    /** The meeting's day alone: a report of that day as it stands at its end counts what is open then. */
    private static ReportScope day(ReportScope scope) {
        return new ReportScope(scope.to(), scope.to(), scope.team(), scope.manager());
    }

    /** From the previous sitting to the day before this one; none when they are the same day. */
    private static Optional<ReportScope> sinceLastSitting(ReportScope scope) {
        LocalDate last = scope.to().minusDays(1);
        return last.isBefore(scope.from()) ? Optional.empty()
                : Optional.of(new ReportScope(scope.from(), last, scope.team(), scope.manager()));
    }
}
