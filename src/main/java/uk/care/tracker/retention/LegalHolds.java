package uk.care.tracker.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/**
 * The legal hold register: a staff member or an item whose records the retention run must not erase, with the
 * reason. Append-only: a hold is lifted by a LIFTED row; the latest row of a subject says whether it is held.
 */
@Component
public class LegalHolds {

    public enum SubjectType { STAFF, ITEM }

    public record Hold(SubjectType subjectType, String subject, String reason, String placedBy, Instant placedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LegalHolds(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Holds in force now, by subject. */
    public Map<String, Hold> active() {
        Map<String, Hold> active = new LinkedHashMap<>();
        jdbc.query("SELECT subject_type, subject, action, reason, acting_user, recorded_at FROM legal_hold ORDER BY id", rs -> {
            String key = rs.getString("subject_type") + ":" + rs.getString("subject");
            if ("PLACED".equals(rs.getString("action"))) {
                active.put(key, new Hold(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject"),
                        rs.getString("reason"), rs.getString("acting_user"), rs.getTimestamp("recorded_at").toInstant()));
            } else {
                active.remove(key);
            }
        });
        return active;
    }

    public List<Hold> list() {
        return new ArrayList<>(active().values());
    }

    /** True when the item, or the staff member it is about, is under a hold now. */
    public static boolean holds(Map<String, Hold> active, String businessKey, String staffId) {
        return active.containsKey(SubjectType.ITEM + ":" + businessKey)
                || (staffId != null && active.containsKey(SubjectType.STAFF + ":" + staffId));
    }

    /** Places (or lifts) a hold; the event key makes a retried job write it once. Answers false if already written. */
    public boolean record(String eventKey, SubjectType type, String subject, boolean place, String reason, String user,
                          String processInstanceId) {
        Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM legal_hold WHERE event_key = ?", Integer.class, eventKey);
        if (seen != null && seen > 0) {
            return false;
        }
        jdbc.update("""
                INSERT INTO legal_hold (event_key, subject_type, subject, action, reason, acting_user, recorded_at,
                                        process_instance_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                eventKey, type.name(), subject, place ? "PLACED" : "LIFTED", reason, user, Timestamp.from(clock.now()),
                processInstanceId);
        return true;
    }
}
