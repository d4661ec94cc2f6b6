package uk.care.tracker.meetings;

import java.util.List;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;

/**
 * The items a meeting pack is built from, as the KPIs' facts. The scope runs from the previous sitting
 * ({@code from}) to this one ({@code to}); "since the last sitting" is from {@code from} to the day before {@code to}.
 * Each method answers at least the items that can be on the meeting's list, of the scope's team and manager (they may
 * answer more: {@link MeetingPacks} applies the same tests to what it gets), so that a pack costs what is open and
 * what happened since the last sitting, not all history.
 */
interface MeetingItems {

    /** Supervision actions open at the end of the meeting's day, or entered since the last sitting. */
    List<ActionFact> actionsOpenOrEntered(ReportScope scope);

    /** Supervision actions open at the end of the meeting's day. */
    List<ActionFact> actionsOpen(ReportScope scope);

    /** Supervision actions that went into the overdue register since the last sitting. */
    List<ActionFact> actionsEscalated(ReportScope scope);

    /** Escalated cases open at the end of the meeting's day. */
    List<CaseFact> casesOpen(ReportScope scope);

    /** Escalated cases opened, or escalated to senior provider oversight, since the last sitting. */
    List<CaseFact> casesOpenedOrOverseen(ReportScope scope);

    /** Probation actions open at the end of the meeting's day. */
    List<ProbationFact> probationOpen(ReportScope scope);

    /** Probation actions escalated to the Registered Manager since the last sitting. */
    List<ProbationFact> probationEscalated(ReportScope scope);
}
