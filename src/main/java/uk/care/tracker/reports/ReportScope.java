package uk.care.tracker.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.care.tracker.api.ApiErrors.BadRequest;

/**
 * What a report covers: a period of whole days (both ends included, in the provider's calendar) and, optionally,
 * one team and one manager. Null filters mean the whole service.
 */
public record ReportScope(LocalDate from, LocalDate to, String team, String manager) {

    public ReportScope {
        if (from == null || to == null) {
            throw new BadRequest("Give the period as from=2026-12-01&to=2026-12-31");
        }
        if (to.isBefore(from)) {
            throw new BadRequest("The period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) > 3 * 366) {
            throw new BadRequest("A report covers at most three years");
        }
        team = blankToNull(team);
        manager = blankToNull(manager);
    }

    public static ReportScope of(LocalDate from, LocalDate to) {
        return new ReportScope(from, to, null, null);
    }

    /** The day the figures stand at: the period's last day, or today while the period is still running. */
    public LocalDate asOf(LocalDate today) {
        return to.isBefore(today) ? to : today;
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean matches(String itemTeam, String itemManager) {
        return (team == null || team.equals(itemTeam)) && (manager == null || manager.equals(itemManager));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
