package uk.care.tracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worked examples of SPEC section 3, the 2026 Christmas period and both clock changes. */
class DueDatesTest {

    private final CalendarProperties london = new CalendarProperties(ZoneId.of("Europe/London"), "eng");
    private final WorkingDays workingDays = new WorkingDays(london);
    private final DueDates dueDates = new DueDates(workingDays, london, new Clock(london));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Instant instant(Date date) {
        return date.toInstant();
    }

    @Test
    void christmas_and_the_substitute_boxing_day_are_not_working_days() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(workingDays.isBankHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse(); // Saturday
        assertThat(workingDays.isBankHoliday(LocalDate.of(2026, 12, 28))).as("substitute for Boxing Day").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(workingDays.isBankHoliday(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void england_has_easter_monday_and_the_august_bank_holiday() {
        assertThat(workingDays.isBankHoliday(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
        assertThat(workingDays.isBankHoliday(LocalDate.of(2026, 8, 31))).as("Summer bank holiday").isTrue();
    }

    @Test
    void scotland_is_selectable_and_differs() {
        WorkingDays scotland = new WorkingDays(new CalendarProperties(ZoneId.of("Europe/London"), "sct"));
        assertThat(scotland.isBankHoliday(LocalDate.of(2027, 1, 4))).as("2 January substitute").isTrue();
        assertThat(scotland.isBankHoliday(LocalDate.of(2026, 8, 3))).as("first Monday of August").isTrue();
        assertThat(workingDays.isBankHoliday(LocalDate.of(2026, 8, 3))).isFalse();
        WorkingDays northernIreland = new WorkingDays(new CalendarProperties(ZoneId.of("Europe/London"), "nir"));
        assertThat(northernIreland.isBankHoliday(LocalDate.of(2026, 3, 17))).as("St Patrick's Day").isTrue();
    }

    @Test
    void overdue_by_more_than_seven_calendar_days_fires_at_midnight_of_deadline_plus_eight() {
        assertThat(instant(dueDates.overdueByMoreThanCalendarDays("2026-12-18", 7))).isEqualTo(at("2026-12-26T00:00:00Z"));
    }

    @Test
    void overdue_by_more_than_five_working_days_skips_christmas() {
        // 21, 22, 23, 24 and 29 December are the five working days
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 18), 5)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(instant(dueDates.overdueByMoreThanWorkingDays("2026-12-18", 5))).isEqualTo(at("2026-12-30T00:00:00Z"));
    }

    @Test
    void an_action_is_overdue_from_midnight_after_its_deadline() {
        assertThat(instant(dueDates.overdueFrom("2026-12-18"))).isEqualTo(at("2026-12-19T00:00:00Z"));
        assertThat(instant(dueDates.overdueBeyond("2026-12-18", EscalationThreshold.from(
                java.util.Map.of("thresholdDays", 0, "thresholdDayType", "CALENDAR"))))).isEqualTo(at("2026-12-19T00:00:00Z"));
        assertThat(instant(dueDates.overdueBeyond("2026-12-18", new EscalationThreshold(5, ThresholdDayType.WORKING))))
                .as("the DMN's probation rule").isEqualTo(at("2026-12-30T00:00:00Z"));
    }

    @Test
    void midnight_is_local_time_across_the_clock_changes() {
        // British Summer Time: 00:00 in London is 23:00 UTC the day before
        assertThat(instant(dueDates.startOf("2026-03-29"))).isEqualTo(at("2026-03-29T00:00:00Z")); // clocks go forward at 01:00
        assertThat(instant(dueDates.startOf("2026-03-30"))).isEqualTo(at("2026-03-29T23:00:00Z"));
        assertThat(instant(dueDates.overdueByMoreThanCalendarDays("2026-03-25", 7))).isEqualTo(at("2026-04-01T23:00:00Z"));
        // clocks go back on 25 October 2026
        assertThat(instant(dueDates.startOf("2026-10-25"))).isEqualTo(at("2026-10-24T23:00:00Z"));
        assertThat(instant(dueDates.startOf("2026-10-26"))).isEqualTo(at("2026-10-26T00:00:00Z"));
        assertThat(instant(dueDates.endOf("2026-10-25"))).isEqualTo(at("2026-10-25T23:59:00Z"));
    }

    @Test
    void within_one_working_day_is_the_end_of_the_next_working_day() {
        ClockUtil.setCurrentTime(Date.from(at("2026-12-24T15:00:00Z"))); // Thursday before Christmas
        assertThat(instant(dueDates.withinOneWorkingDay())).isEqualTo(at("2026-12-29T23:59:00Z"));
        ClockUtil.setCurrentTime(Date.from(at("2026-07-01T10:00:00Z"))); // a Wednesday in summer time
        assertThat(instant(dueDates.withinOneWorkingDay())).isEqualTo(at("2026-07-02T22:59:00Z"));
    }

    @Test
    void within_24_hours_is_24_hours() {
        ClockUtil.setCurrentTime(Date.from(at("2026-12-01T09:30:00Z")));
        assertThat(instant(dueDates.within24Hours())).isEqualTo(at("2026-12-02T09:30:00Z"));
    }

    @Test
    void weekly_friday_rule_moves_a_bank_holiday_friday_to_the_working_day_before() {
        assertThat(dueDates.fridayDueAfter(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 11)); // Friday -> next Friday
        assertThat(dueDates.fridayDueAfter(LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2026, 12, 24)); // 25th is Christmas
        assertThat(dueDates.fridayDueAfter(LocalDate.of(2026, 12, 30))).isEqualTo(LocalDate.of(2026, 12, 31)); // 1 Jan 2027
        ClockUtil.setCurrentTime(Date.from(at("2026-12-01T10:00:00Z")));
        assertThat(instant(dueDates.nextFriday())).isEqualTo(at("2026-12-04T23:59:00Z"));
    }

    @Test
    void weekly_review_cycles_count_from_the_day_they_opened() {
        // opened Saturday 26 December 2026: first review due Friday 1 January, a bank holiday, so Thursday 31 December
        assertThat(instant(dueDates.weeklyReviewDue("2026-12-26", 1))).isEqualTo(at("2026-12-31T23:59:00Z"));
        assertThat(instant(dueDates.weeklyReviewOpens("2026-12-26", 2))).isEqualTo(at("2027-01-02T00:00:00Z"));
        assertThat(instant(dueDates.weeklyReviewDue("2026-12-26", 2))).isEqualTo(at("2027-01-08T23:59:00Z"));
        // missed at 00:00 after the due day: after the bank-holiday Thursday, 1 January itself
        assertThat(instant(dueDates.weeklyReviewMissed("2026-12-26", 1))).isEqualTo(at("2027-01-01T00:00:00Z"));
        assertThat(instant(dueDates.weeklyReviewMissed("2026-12-26", 2))).isEqualTo(at("2027-01-09T00:00:00Z"));
        assertThat(dueDates.weeklyReviewDueDay("2026-12-26", 2)).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void fortnightly_and_weekly_cycles_count_from_the_escalation_and_avoid_bank_holidays() {
        // escalated Tuesday 1 December 2026: weekly reviews due 8, 15, 22 and 29 December
        assertThat(instant(dueDates.cycleDue("2026-12-01", 7, 1))).isEqualTo(at("2026-12-08T23:59:00Z"));
        assertThat(instant(dueDates.cycleDue("2026-12-01", 14, 2))).isEqualTo(at("2026-12-29T23:59:00Z"));
        // escalated Friday 11 December: the second fortnight ends on Christmas Day, so Thursday 24th
        assertThat(instant(dueDates.cycleDue("2026-12-11", 14, 1))).isEqualTo(at("2026-12-24T23:59:00Z"));
        assertThat(instant(dueDates.cycleOpens("2026-12-01", 7, 1))).isEqualTo(at("2026-12-01T00:00:00Z"));
        assertThat(instant(dueDates.cycleOpens("2026-12-01", 7, 2))).isEqualTo(at("2026-12-09T00:00:00Z"));
        assertThat(instant(dueDates.daysAfter("2026-12-01", 28))).isEqualTo(at("2026-12-29T00:00:00Z"));
    }

    @Test
    void a_weekly_log_opened_on_a_friday_is_due_the_next_friday_or_the_working_day_before_it() {
        assertThat(instant(dueDates.weeklyReviewDue("2026-12-04", 1))).isEqualTo(at("2026-12-11T23:59:00Z"));
        assertThat(instant(dueDates.weeklyReviewDue("2026-12-23", 1))).as("25 December is a bank holiday")
                .isEqualTo(at("2026-12-24T23:59:00Z"));
    }

    @Test
    void a_fortnightly_cycle_moves_a_bank_holiday_due_date_earlier_but_keeps_its_rhythm() {
        // opened Friday 4 December 2026: due 18 December, then 1 January (a bank holiday, so Thursday 31 December)
        assertThat(instant(dueDates.cycleOpens("2026-12-04", 14, 1))).isEqualTo(at("2026-12-04T00:00:00Z"));
        assertThat(instant(dueDates.cycleDue("2026-12-04", 14, 1))).isEqualTo(at("2026-12-18T23:59:00Z"));
        assertThat(instant(dueDates.cycleOpens("2026-12-04", 14, 2))).isEqualTo(at("2026-12-19T00:00:00Z"));
        assertThat(instant(dueDates.cycleDue("2026-12-04", 14, 2))).isEqualTo(at("2026-12-31T23:59:00Z"));
        assertThat(instant(dueDates.cycleOpens("2026-12-04", 14, 3))).as("counted from the raw date, not the moved one")
                .isEqualTo(at("2027-01-02T00:00:00Z"));
        assertThat(instant(dueDates.cycleDue("2026-12-04", 14, 3))).isEqualTo(at("2027-01-15T23:59:00Z"));
    }

    @Test
    void ten_working_days_before_a_date_skip_weekends_and_bank_holidays() {
        // decision on Monday 28 December 2026 (itself a bank holiday): 24, 23, 22, 21, 18, 17, 16, 15, 14, 11 December
        assertThat(workingDays.minusWorkingDays(LocalDate.of(2026, 12, 28), 10)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(instant(dueDates.workingDaysBefore("2026-12-28", 10))).isEqualTo(at("2026-12-11T00:00:00Z"));
        assertThat(instant(dueDates.workingDaysBefore("2027-01-25", 10))).isEqualTo(at("2027-01-11T00:00:00Z"));
        assertThat(workingDays.minusWorkingDays(LocalDate.of(2026, 12, 29), 1)).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void working_days_after_a_deadline_are_counted_through_today() {
        assertThat(workingDays.countAfter(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 18))).isZero();
        assertThat(workingDays.countAfter(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 29))).isEqualTo(5);
        assertThat(workingDays.countAfter(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 30))).isEqualTo(6);
        assertThat(workingDays.countAfter(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 10))).isZero();
    }
}
