package uk.care.tracker.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The probation figures of the workforce development assurance report (SPEC section 6), with their business keys when
 * asked for (inside the application; the API gives them a page at a time, {@code trace} is then null and left out).
 */
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> trace) {

    /** The same figures without the business keys, as the API answers them. */
    public ProbationReport withoutTrace() {
        return new ProbationReport(from, to, team, manager, opened, dueInPeriod, closedByDueDate, closedByDueDatePercent,
                openOverdue, unresolvedInductionThemes, escalations, mentorUpdatesDue, mentorUpdatesOnTime,
                mentorUpdatesOnTimePercent, poorlyEvidencedSignOffs, week12EarlyWarnings, confidenceNotImproving, null);
    }
}
