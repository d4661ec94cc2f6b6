package uk.care.tracker.retention;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the tombstones the retention run left: what existed and was erased by policy. */
@Component
public class Tombstones {

    /** One erased item (or one batch of loose audit entries or reminders, keyed by the run). */
    public record Tombstone(String businessKey, String recordKind, String team, LocalDate openedOn, LocalDate closedOn,
                            String rule, LocalDate retainUntil, String erased, Instant erasedAt, String confirmedBy,
                            String runKey) {
    }

    private final JdbcTemplate jdbc;

    public Tombstones(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Items that were open at some time in the period (opened on or before its last day, closed on or after its first). */
    public List<Tombstone> ofItemsOpenDuring(LocalDate from, LocalDate to, String team) {
        return jdbc.query("""
                SELECT * FROM retention_tombstone
                WHERE opened_on IS NOT NULL AND opened_on <= ? AND (closed_on IS NULL OR closed_on >= ?)
                  AND (CAST(? AS VARCHAR(200)) IS NULL OR team = ?)
                ORDER BY business_key""", (rs, n) -> map(rs), Date.valueOf(to), Date.valueOf(from), team, team);
    }

    public List<Tombstone> ofBusinessKey(String businessKey) {
        return jdbc.query("SELECT * FROM retention_tombstone WHERE business_key = ? ORDER BY id", (rs, n) -> map(rs), businessKey);
    }

    private static Tombstone map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date opened = rs.getDate("opened_on");
        Date closed = rs.getDate("closed_on");
        Date until = rs.getDate("retain_until");
        return new Tombstone(rs.getString("business_key"), rs.getString("record_kind"), rs.getString("team"),
                opened == null ? null : opened.toLocalDate(), closed == null ? null : closed.toLocalDate(),
                rs.getString("rule_name"), until == null ? null : until.toLocalDate(), rs.getString("erased"),
                rs.getTimestamp("erased_at").toInstant(), rs.getString("confirmed_by"), rs.getString("run_key"));
    }
}
