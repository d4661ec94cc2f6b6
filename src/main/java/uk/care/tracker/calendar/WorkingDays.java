package uk.care.tracker.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Working days of SPEC section 3: Monday to Friday, not a bank holiday of the configured UK region.
 * Bank holidays (including substitute days) come from jollyday, not from a hand-written list.
 */
@Component
public class WorkingDays {

    private final HolidayManager holidays;
    private final String region;

    public WorkingDays(CalendarProperties properties) {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        this.region = properties.region();
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    public boolean isBankHoliday(LocalDate date) {
        return holidays.isHoliday(date, region);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /** The n-th working day strictly after {@code date} (n >= 1). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The n-th working day strictly before {@code date} (n >= 1). */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** How many working days fall after {@code after} up to and including {@code through} (0 if none). */
    public int countAfter(LocalDate after, LocalDate through) {
        int count = 0;
        for (LocalDate day = after.plusDays(1); !day.isAfter(through); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code date} itself when it is a working day, otherwise the working day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** {@code date} itself when it is a working day, otherwise the working day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }
}
