package uk.care.tracker.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When each meeting sits: its weekday and every how many weeks ({@code tracker.meetings.<meeting>.day},
 * {@code .every-weeks}, {@code .anchor} a date in a week the meeting sits, which fixes the fortnight, {@code .attendees}
 * the groups sent the pack the working day before). The defaults
 * follow the article: every meeting on a Friday, the case review and workforce monitoring fortnightly.
 */
@ConfigurationProperties("tracker.meetings")
public record MeetingsProperties(Map<String, Schedule> schedule) {

    /** The week of 2026-01-09 (a Friday) is a meeting week of the fortnightly meetings unless configured otherwise. */
    static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2026, 1, 9);

    /** {@code attendees}: the groups who attend and are sent the pack the working day before (null: the defaults). */
    public record Schedule(DayOfWeek day, Integer everyWeeks, LocalDate anchor, List<String> attendees) {
        public Schedule {
            day = day == null ? DayOfWeek.FRIDAY : day;
            everyWeeks = everyWeeks == null || everyWeeks < 1 ? 1 : everyWeeks;
            anchor = anchor == null ? DEFAULT_ANCHOR : anchor;
            attendees = attendees == null ? null : List.copyOf(attendees);
        }
    }

    public MeetingsProperties {
        Map<String, Schedule> all = new LinkedHashMap<>();
        for (Meeting meeting : Meeting.values()) {
            Schedule configured = schedule == null ? null : schedule.get(meeting.id());
            Schedule effective = configured != null ? configured : new Schedule(DayOfWeek.FRIDAY, meeting.defaultEveryWeeks(), null, null);
            if (effective.attendees() == null) {
                effective = new Schedule(effective.day(), effective.everyWeeks(), effective.anchor(), meeting.defaultAttendees());
            }
            all.put(meeting.id(), effective);
        }
        schedule = all;
    }

    public Schedule of(Meeting meeting) {
        return schedule.get(meeting.id());
    }
}
