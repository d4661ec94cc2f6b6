package uk.care.tracker.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The escalated-case figures of SPEC section 6 for one scope, with the business keys behind each count when asked for
 * (inside the application; the API gives them a page at a time, {@code trace} is then null and left out).
 */
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> trace) {

    /** The same figures without the business keys, as the API answers them. */
    public EscalatedCaseReport withoutTrace() {
        return new EscalatedCaseReport(from, to, team, manager, opened, openCases, reviewsDue, reviewsOnTime,
                reviewTimelinessPercent, closed, closedWithinTarget, closedWithinTargetPercent, averageCaseDurationDays,
                repeatEscalationsWithin60Days, seniorOversightEscalations, progressUnchanged, openedByTeam,
                openedByLineManager, openedForRecentRecruits, null);
    }
}
