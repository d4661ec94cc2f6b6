package uk.care.tracker.staff;

import java.time.LocalDate;

/** A member of staff who can be the subject of actions. They need not be a Tasklist user. */
public record StaffMember(String staffId, String name, String team, String lineManager, String jobRole,
                          LocalDate startDate, LocalDate probationEndDate) {
}
