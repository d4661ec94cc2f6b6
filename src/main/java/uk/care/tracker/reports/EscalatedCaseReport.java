package uk.care.tracker.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The escalated-case figures of SPEC section 6 for one scope, with the business keys behind each count. */
public record EscalatedCaseReport(
        LocalDate from, LocalDate to, String team, String manager,
        int opened,
        int openCases,
        int reviewsDue,
        int reviewsOnTime,
        Double reviewTimelinessPercent,
        int closed,
        int closedWithinTarget,
        Double closedWithinTargetPercent,
        Double averageCaseDurationDays,
        int repeatEscalationsWithin60Days,
        int seniorOversightEscalations,
        int progressUnchanged,
        Map<String, Integer> openedByTeam,
        Map<String, Integer> openedByLineManager,
        int openedForRecentRecruits,
        Map<String, List<String>> trace) {
}
