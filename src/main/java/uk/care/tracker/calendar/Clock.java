package uk.care.tracker.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's notion of "now". It reads the engine clock so that timers, due dates and register
 * timestamps agree, and so that the demo clock moves all of them together.
 */
@Component
public class Clock {

    private final CalendarProperties calendar;

    public Clock(CalendarProperties calendar) {
        this.calendar = calendar;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public ZonedDateTime nowLocal() {
        return now().atZone(calendar.zone());
    }

    public LocalDate today() {
        return nowLocal().toLocalDate();
    }

    /** The provider's calendar date of an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }
}
