package uk.care.tracker.staff;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;

/** The staff directory table. */
@Repository
public class StaffDirectory {

    private static final String COLUMNS = "staff_id, name, team, line_manager, job_role, start_date, probation_end_date, leaving_date";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public StaffDirectory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<StaffMember> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM staff_member ORDER BY name, staff_id", StaffDirectory::map);
    }

    /** The whole directory by staff id, for reading many register rows at once. */
    /** Staff whose leaving date is on or before the day: a query on the leavers, not a walk over everyone. */
    public List<StaffMember> leftOnOrBefore(java.time.LocalDate day) {
        return jdbc.query("SELECT " + COLUMNS + " FROM staff_member WHERE leaving_date <= ? ORDER BY name, staff_id",
                StaffDirectory::map, java.sql.Date.valueOf(day));
    }

    public Map<String, StaffMember> byId() {
        Map<String, StaffMember> byId = new HashMap<>();
        findAll().forEach(member -> byId.put(member.staffId(), member));
        return byId;
    }

    public Optional<StaffMember> find(String staffId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM staff_member WHERE staff_id = ?", StaffDirectory::map, staffId)
                .stream().findFirst();
    }

    /** The staff member a form names; when there is none, a problem the person can act on. */
    public StaffMember memberNamedIn(String staffId, EntryCheck check) {
        if (staffId == null || staffId.isBlank()) {
            check.problem("Choose the staff member.");
            return null;
        }
        StaffMember member = find(staffId.trim()).orElse(null);
        check.require(member != null, "There is no staff member with the id '" + staffId + "' in the staff directory.");
        return member;
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM staff_member", Integer.class);
        return count == null || count == 0;
    }

    /** Inserts or updates one member; answers true when the member is new. */
    public boolean save(StaffMember m) {
        Timestamp now = Timestamp.from(clock.now());
        int updated = jdbc.update("""
                UPDATE staff_member SET name = ?, team = ?, line_manager = ?, job_role = ?, start_date = ?,
                       probation_end_date = ?, leaving_date = ?, updated_at = ?
                WHERE staff_id = ?""",
                m.name(), m.team(), m.lineManager(), m.jobRole(), sqlDate(m.startDate()), sqlDate(m.probationEndDate()),
                sqlDate(m.leavingDate()), now, m.staffId());
        if (updated > 0) {
            return false;
        }
        jdbc.update("INSERT INTO staff_member (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.staffId(), m.name(), m.team(), m.lineManager(), m.jobRole(), sqlDate(m.startDate()),
                sqlDate(m.probationEndDate()), sqlDate(m.leavingDate()), now);
        return true;
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static StaffMember map(ResultSet rs, int row) throws SQLException {
        Date start = rs.getDate("start_date");
        Date probationEnd = rs.getDate("probation_end_date");
        Date leaving = rs.getDate("leaving_date");
        return new StaffMember(rs.getString("staff_id"), rs.getString("name"), rs.getString("team"),
                rs.getString("line_manager"), rs.getString("job_role"),
                start == null ? null : start.toLocalDate(), probationEnd == null ? null : probationEnd.toLocalDate(),
                leaving == null ? null : leaving.toLocalDate());
    }
}
