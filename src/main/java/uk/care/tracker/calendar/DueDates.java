package uk.care.tracker.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The time rules of SPEC section 3, as the dates that timers and task due dates use. BPMN files call these
 * through expressions such as {@code ${dueDates.endOf(deadline)}}; every method answers a {@link Date} because
 * that is what the engine takes for a timer date or a due date.
 */
@Component("dueDates")
public class DueDates {

    /** "End of day" is 23:59, as the rules say, not midnight of the next day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final WorkingDays workingDays;
    private final CalendarProperties calendar;
    private final Clock clock;

    public DueDates(WorkingDays workingDays, CalendarProperties calendar, Clock clock) {
        this.workingDays = workingDays;
        this.calendar = calendar;
        this.clock = clock;
    }

    // ---- instants of a day -------------------------------------------------------------------------

    public Date startOf(Object date) {
        return Date.from(IsoDates.parse(date).atStartOfDay(calendar.zone()).toInstant());
    }

    public Date endOf(Object date) {
        return Date.from(IsoDates.parse(date).atTime(END_OF_DAY).atZone(calendar.zone()).toInstant());
    }

    // ---- deadlines ---------------------------------------------------------------------------------

    /** An action is overdue from 00:00 on the day after its deadline. */
    public Date overdueFrom(Object deadline) {
        return startOf(IsoDates.parse(deadline).plusDays(1));
    }

    /** "Overdue by more than n calendar days" fires at 00:00 of deadline + n + 1 days (n = 0: when overdue). */
    public Date overdueByMoreThanCalendarDays(Object deadline, int days) {
        return startOf(IsoDates.parse(deadline).plusDays(days + 1L));
    }

    /** "Overdue by more than n working days" fires at 00:00 of the (n+1)-th working day after the deadline. */
    public Date overdueByMoreThanWorkingDays(Object deadline, int days) {
        return startOf(workingDays.plusWorkingDays(IsoDates.parse(deadline), days + 1));
    }

    /** The escalation moment for a threshold written in the escalation rules (DMN). */
    public Date overdueBeyond(Object deadline, EscalationThreshold threshold) {
        return threshold.dayType() == ThresholdDayType.WORKING
                ? overdueByMoreThanWorkingDays(deadline, threshold.days())
                : overdueByMoreThanCalendarDays(deadline, threshold.days());
    }

    // ---- periods counted from now --------------------------------------------------------------------

    /** "Within one working day": the end of the next working day after today. */
    public Date withinOneWorkingDay() {
        return endOf(workingDays.nextWorkingDay(clock.today()));
    }

    /** "Within 24 hours": 24 hours from now. */
    public Date within24Hours() {
        return Date.from(clock.now().plus(Duration.ofHours(24)));
    }

    /** The end of the n-th working day after today: "within five working days". */
    public Date workingDaysFromNow(int days) {
        return endOf(workingDays.plusWorkingDays(clock.today(), days));
    }

    /** "Every Friday": the end of the first Friday after today (or the working day before that Friday). */
    public Date nextFriday() {
        return endOf(fridayDueAfter(clock.today()));
    }

    // ---- weekly cycles counted from the event that opened them ------------------------------------------

    /** Due date of the n-th (1-based) weekly review of a cycle opened on {@code openedOn}. */
    public Date weeklyReviewDue(Object openedOn, int cycle) {
        return endOf(workingDays.onOrBefore(rawFriday(IsoDates.parse(openedOn), cycle)));
    }

    /** When the n-th weekly review opens: 00:00 the day after the previous cycle's Friday (immediately for n = 1). */
    public Date weeklyReviewOpens(Object openedOn, int cycle) {
        LocalDate opened = IsoDates.parse(openedOn);
        return cycle <= 1 ? startOf(opened) : startOf(rawFriday(opened, cycle - 1).plusDays(1));
    }

    /** The day the n-th weekly review of a cycle opened on {@code openedOn} is due. */
    public LocalDate weeklyReviewDueDay(Object openedOn, int cycle) {
        return workingDays.onOrBefore(rawFriday(IsoDates.parse(openedOn), cycle));
    }

    /** When the n-th weekly review counts as missed: 00:00 after its due day. */
    public Date weeklyReviewMissed(Object openedOn, int cycle) {
        return startOf(weeklyReviewDueDay(openedOn, cycle).plusDays(1));
    }

    // ---- cycles of n days counted from the event that opened them (every 7 days, fortnightly) ---------

    /** Due date of the n-th (1-based) cycle of {@code days} days from {@code openedOn}; a non-working day moves earlier. */
    public Date cycleDue(Object openedOn, int days, int cycle) {
        return endOf(workingDays.onOrBefore(IsoDates.parse(openedOn).plusDays((long) days * cycle)));
    }

    /** When the n-th cycle's task opens: at once for n = 1, otherwise 00:00 the day after the previous cycle ended. */
    public Date cycleOpens(Object openedOn, int days, int cycle) {
        LocalDate opened = IsoDates.parse(openedOn);
        return cycle <= 1 ? startOf(opened) : startOf(opened.plusDays((long) days * (cycle - 1) + 1));
    }

    /** When the n-th cycle's task counts as missed: 00:00 after its due day. */
    public Date cycleMissed(Object openedOn, int days, int cycle) {
        return startOf(workingDays.onOrBefore(IsoDates.parse(openedOn).plusDays((long) days * cycle)).plusDays(1));
    }

    /** 00:00 on the day {@code days} calendar days after {@code date}: "28 days after escalation". */
    public Date daysAfter(Object date, int days) {
        return startOf(IsoDates.parse(date).plusDays(days));
    }

    // ---- counted back from a date ------------------------------------------------------------------------

    /** "n working days before a date": 00:00 of the n-th working day before it (bank holidays do not count). */
    public Date workingDaysBefore(Object date, int days) {
        return startOf(workingDays.minusWorkingDays(IsoDates.parse(date), days));
    }

    // ---- date rules -----------------------------------------------------------------------------------

    /**
     * The first Friday strictly after {@code date} (an entry on a Friday goes to the following Friday); where
     * that Friday is not a working day, the working day before it.
     */
    public LocalDate fridayDueAfter(LocalDate date) {
        return workingDays.onOrBefore(rawFriday(date, 1));
    }

    private static LocalDate rawFriday(LocalDate openedOn, int cycle) {
        return openedOn.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).plusWeeks(cycle - 1L);
    }
}
