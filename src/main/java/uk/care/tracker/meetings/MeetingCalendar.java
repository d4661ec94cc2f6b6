package uk.care.tracker.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.WorkingDays;

/**
 * The days a meeting sits: its weekday in each of its weeks (every week, or every second week counted from the
 * anchor), moved to the working day before when that day is not a working day (a bank-holiday Friday), as the
 * Friday reviews of SPEC section 3 are.
 */
@Component
public class MeetingCalendar {

    private final MeetingsProperties properties;
    private final WorkingDays workingDays;

    public MeetingCalendar(MeetingsProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** The groups who attend the meeting (configuration beside its schedule). */
    public List<String> attendees(Meeting meeting) {
        return properties.of(meeting).attendees();
    }

    /** The working day before a sitting: when its attendees are sent the pack. */
    public LocalDate workingDayBefore(LocalDate sitting) {
        return workingDays.onOrBefore(sitting.minusDays(1));
    }

    /** The first sitting on or after {@code day}. */
    public LocalDate next(Meeting meeting, LocalDate day) {
        LocalDate nominal = nominalOnOrAfter(meeting, day.minusDays(7));
        while (true) {
            LocalDate sits = workingDays.onOrBefore(nominal);
            if (!sits.isBefore(day)) {
                return sits;
            }
            nominal = nominal.plusWeeks(properties.of(meeting).everyWeeks());
        }
    }

    /** The last sitting strictly before {@code day}. */
    public LocalDate previous(Meeting meeting, LocalDate day) {
        MeetingsProperties.Schedule schedule = properties.of(meeting);
        LocalDate nominal = nominalOnOrAfter(meeting, day.plusDays(7));
        while (true) {
            LocalDate sits = workingDays.onOrBefore(nominal);
            if (sits.isBefore(day)) {
                return sits;
            }
            nominal = nominal.minusWeeks(schedule.everyWeeks());
        }
    }

    /** The first meeting weekday on or after {@code day} that falls in one of the meeting's weeks. */
    private LocalDate nominalOnOrAfter(Meeting meeting, LocalDate day) {
        MeetingsProperties.Schedule schedule = properties.of(meeting);
        LocalDate candidate = day.with(TemporalAdjusters.nextOrSame(schedule.day()));
        LocalDate anchor = schedule.anchor().with(TemporalAdjusters.nextOrSame(schedule.day()));
        long weeks = ChronoUnit.WEEKS.between(anchor, candidate);
        long offset = Math.floorMod(weeks, (long) schedule.everyWeeks());
        return offset == 0 ? candidate : candidate.plusWeeks(schedule.everyWeeks() - offset);
    }
}
