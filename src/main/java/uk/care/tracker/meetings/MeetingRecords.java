package uk.care.tracker.meetings;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedCaseInsensitiveMap;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.Rows;

/**
 * The meeting record register (V70): that a meeting took place, on which date, who chaired and attended, and the
 * notes. Append-only; one record per meeting, date and team (the event key), so a second submission writes nothing.
 */
@Component
public class MeetingRecords {

    public record Entry(String meeting, LocalDate date, String team, List<String> attendees, String notes, Integer itemsListed) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public MeetingRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends the record; answers false (and writes nothing) when this meeting, date and team are already recorded. */
    public boolean append(Entry entry, String chair) {
        String eventKey = "meeting:" + entry.meeting() + ":" + entry.date() + ":" + (entry.team() == null ? "*" : entry.team());
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM meeting_record WHERE event_key = ?", Integer.class, eventKey);
        if (existing != null && existing > 0) {
            return false;
        }
        String attendees = String.join(", ", entry.attendees());
        if (attendees.length() > 2000) {
            throw new BadRequest("The attendees take at most 2000 characters");
        }
        jdbc.update("INSERT INTO meeting_record (event_key, acting_user, recorded_at, meeting, meeting_date, team, attendees, notes, "
                        + "items_listed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", eventKey, chair, Timestamp.from(clock.now()),
                entry.meeting(), java.sql.Date.valueOf(entry.date()), entry.team(), attendees, entry.notes(), entry.itemsListed());
        return true;
    }

    /** The current records of meetings held in the period (corrections in place), oldest first. */
    public List<Map<String, Object>> between(LocalDate from, LocalDate to) {
        return jdbc.queryForList("SELECT meeting, meeting_date, team, acting_user AS chaired_by, attendees, notes, items_listed, "
                        + "recorded_at FROM meeting_record r WHERE meeting_date >= ? AND meeting_date <= ? AND NOT EXISTS "
                        + "(SELECT 1 FROM meeting_record c WHERE c.corrects_id = r.id) ORDER BY meeting_date, id",
                java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)).stream().map(MeetingRecords::lowerCase).toList();
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> lower = new LinkedCaseInsensitiveMap<>(row.size(), Locale.ROOT);
        row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT),
                Rows.localDate(value) != null ? Rows.localDate(value) : Rows.instant(value) != null ? Rows.instant(value) : value));
        return lower;
    }
}
