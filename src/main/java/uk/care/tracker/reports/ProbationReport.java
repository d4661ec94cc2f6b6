package uk.care.tracker.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The probation figures of the workforce development assurance report (SPEC section 6), with their business keys. */
public record ProbationReport(
        LocalDate from, LocalDate to, String team, String manager,
        int opened,
        int dueInPeriod,
        int closedByDueDate,
        Double closedByDueDatePercent,
        int openOverdue,
        Map<String, Integer> unresolvedInductionThemes,
        int escalations,
        int mentorUpdatesDue,
        int mentorUpdatesOnTime,
        Double mentorUpdatesOnTimePercent,
        int poorlyEvidencedSignOffs,
        int week12EarlyWarnings,
        int confidenceNotImproving,
        Map<String, List<String>> trace) {
}
