package uk.care.tracker.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The supervision-action figures of SPEC sections 6 and 8 for one scope. Inside the application (evidence pack,
 * early warnings, monthly summaries) every count comes with the business keys behind it in {@code trace}, so a
 * figure can be checked against the register rows; the JSON report leaves {@code trace} out, and the keys of one
 * figure are fetched a page at a time from {@code /api/reports/supervision-actions/keys}.
 */
public record SupervisionReport(
        LocalDate from, LocalDate to, String team, String manager,
        int opened,
        int dueInPeriod,
        int closedOnTime,
        Double onTimeClosurePercent,
        int openOverdue,
        int closedWithWeakEvidence,
        int repeatActionsCarriedForward,
        int lateEntries,
        int escalated,
        Map<String, Integer> overdueByManager,
        Map<String, Integer> overdueByTeam,
        Map<String, Integer> overdueByCategory,
        List<Theme> repeatedOverdueThemes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> trace) {

    /** A category whose actions missed their deadline more than once in the period. */
    public record Theme(String category, int missedDeadlines) {
    }
}
