package uk.care.tracker.registers;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/**
 * The one way rows get into registers. Append only, and idempotent: an entry whose event key is already in
 * the register is not written again. It joins the caller's transaction (the engine's, in a service task), so
 * a job that fails after writing leaves no row behind, and the unique event key catches the rest.
 */
@Component
public class RegisterWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final List<RegisterChangeListener> listeners;

    public RegisterWriter(NamedParameterJdbcTemplate jdbc, Clock clock, List<RegisterChangeListener> listeners) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** Appends the entry unless its event is already recorded; answers whether a row was written. */
    public boolean append(RegisterEntry entry) {
        String table = entry.register().table();
        MapSqlParameterSource existing = new MapSqlParameterSource("eventKey", entry.eventKey());
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE event_key = :eventKey", existing, Integer.class);
        if (count != null && count > 0) {
            return false;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("event_key", entry.eventKey());
        values.put("process_instance_id", entry.processInstanceId());
        values.put("business_key", entry.businessKey());
        values.put("staff_id", entry.staffId());
        values.put("acting_user", entry.actingUser());
        values.put("recorded_at", Timestamp.from(clock.now()));
        values.put("corrects_id", entry.correctsId());
        values.putAll(entry.columns());

        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")";
        jdbc.update(sql, new MapSqlParameterSource(values));
        // read models follow in the same transaction: a write that rolls back leaves them as they were
        for (RegisterChangeListener listener : listeners) {
            listener.changed(entry.register(), entry.businessKey());
        }
        return true;
    }
}
