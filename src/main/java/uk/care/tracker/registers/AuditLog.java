package uk.care.tracker.registers;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/** Who did what, and when: an append-only log beside the registers. */
@Component
public class AuditLog {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(AuditEvent event) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("eventKey", event.eventKey())
                .addValue("occurredAt", Timestamp.from(clock.now()))
                .addValue("userId", event.userId())
                .addValue("action", event.action())
                .addValue("businessKey", event.businessKey())
                .addValue("processInstanceId", event.processInstanceId())
                .addValue("taskId", event.taskId())
                .addValue("taskName", event.taskName())
                .addValue("details", truncate(event.details()));
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE event_key = :eventKey", p, Integer.class);
        if (count != null && count > 0) {
            return;
        }
        jdbc.update("""
                INSERT INTO audit_log (event_key, occurred_at, user_id, action, business_key, process_instance_id,
                                       task_id, task_name, details)
                VALUES (:eventKey, :occurredAt, :userId, :action, :businessKey, :processInstanceId,
                        :taskId, :taskName, :details)""", p);
    }

    /** Every entry about the given items, oldest first. */
    public List<Map<String, Object>> forBusinessKeys(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                SELECT id, occurred_at, user_id, action, business_key, process_instance_id, task_id, task_name, details
                FROM audit_log WHERE business_key IN (:keys) ORDER BY occurred_at, id""",
                new MapSqlParameterSource("keys", businessKeys));
    }

    private static String truncate(String details) {
        return details == null || details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
    }

    /**
     * @param eventKey unique name of the event (a retried job records it once)
     * @param action   what was done, e.g. TASK_COMPLETED, PROCESS_STARTED, STAFF_IMPORTED, EVIDENCE_UPLOADED
     */
    public record AuditEvent(String eventKey, String userId, String action, String businessKey,
                             String processInstanceId, String taskId, String taskName, String details) {

        public static AuditEvent of(String eventKey, String userId, String action, String details) {
            return new AuditEvent(eventKey, userId, action, null, null, null, null, details);
        }
    }
}
