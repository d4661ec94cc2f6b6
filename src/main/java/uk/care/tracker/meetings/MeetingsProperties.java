package uk.care.tracker.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When each meeting sits: its weekday and every how many weeks ({@code tracker.meetings.<meeting>.day},
 * {@code .every-weeks}, {@code .anchor} a date in a week the meeting sits, which fixes the fortnight). The defaults
 * follow the article: every meeting on a Friday, the case review and workforce monitoring fortnightly.
 */
@ConfigurationProperties("tracker.meetings")
public record MeetingsProperties(Map<String, Schedule> schedule) {

    /** The week of 2026-01-09 (a Friday) is a meeting week of the fortnightly meetings unless configured otherwise. */
    static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2026, 1, 9);

    public record Schedule(DayOfWeek day, Integer everyWeeks, LocalDate anchor) {
        public Schedule {
            day = day == null ? DayOfWeek.FRIDAY : day;
            everyWeeks = everyWeeks == null || everyWeeks < 1 ? 1 : everyWeeks;
            anchor = anchor == null ? DEFAULT_ANCHOR : anchor;
        }
    }

    public MeetingsProperties {
        Map<String, Schedule> all = new LinkedHashMap<>();
        for (Meeting meeting : Meeting.values()) {
            Schedule configured = schedule == null ? null : schedule.get(meeting.id());
            all.put(meeting.id(), configured != null ? configured : new Schedule(DayOfWeek.FRIDAY, meeting.defaultEveryWeeks(), null));
        }
        schedule = all;
    }

    public Schedule of(Meeting meeting) {
        return schedule.get(meeting.id());
    }
}
