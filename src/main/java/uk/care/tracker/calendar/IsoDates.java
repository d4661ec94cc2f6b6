package uk.care.tracker.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Dates arrive from forms as ISO strings ("2026-12-18"); this is the one place that reads them. */
public final class IsoDates {

    private IsoDates() {
    }

    public static LocalDate parse(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            throw new IllegalArgumentException("Expected a date without time, got a timestamp: " + date);
        }
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("A date is missing");
        }
        String text = value.toString().trim();
        // date pickers sometimes send a full timestamp; the date part is what was chosen
        if (text.length() > 10 && text.charAt(10) == 'T') {
            text = text.substring(0, 10);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }

    /** Like {@link #parse} but answers null for a missing value. */
    public static LocalDate parseOrNull(Object value) {
        return value == null || value.toString().isBlank() ? null : parse(value);
    }
}
