package uk.care.tracker.staff;

import java.time.LocalDate;

/**
 * A member of staff who can be the subject of actions. They need not be a Tasklist user. {@code leavingDate} is the
 * day their employment ended (empty while they work here); most retention periods count from it.
 */
public record StaffMember(String staffId, String name, String team, String lineManager, String jobRole,
                          LocalDate startDate, LocalDate probationEndDate, LocalDate leavingDate) {

    /** A member who has not left. */
    public StaffMember(String staffId, String name, String team, String lineManager, String jobRole,
                       LocalDate startDate, LocalDate probationEndDate) {
        this(staffId, name, team, lineManager, jobRole, startDate, probationEndDate, null);
    }

    /** The same member with another leaving date. */
    public StaffMember withLeavingDate(LocalDate leaving) {
        return new StaffMember(staffId, name, team, lineManager, jobRole, startDate, probationEndDate, leaving);
    }
}
