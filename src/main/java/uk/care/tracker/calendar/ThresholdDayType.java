package uk.care.tracker.calendar;

/** How an escalation threshold counts days: every calendar day, or working days only. */
public enum ThresholdDayType {
    CALENDAR,
    WORKING
}
