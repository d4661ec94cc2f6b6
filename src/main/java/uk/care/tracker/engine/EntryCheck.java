package uk.care.tracker.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.care.tracker.calendar.IsoDates;

/**
 * Collects everything wrong with a submitted form, so the person sees all of it at once, then refuses the
 * submission with {@link InvalidEntry}.
 */
public final class EntryCheck {

    private final String what;
    private final List<String> problems = new ArrayList<>();

    public EntryCheck(String what) {
        this.what = what;
    }

    public EntryCheck problem(String message) {
        problems.add(message);
        return this;
    }

    public EntryCheck require(boolean condition, String message) {
        if (!condition) {
            problems.add(message);
        }
        return this;
    }

    /** A text the person must write: at least {@code min} characters, at most {@code max} (the column's size). */
    public EntryCheck requireText(String value, int min, int max, String whatIsNeeded) {
        if (value == null || value.strip().length() < min) {
            problems.add(whatIsNeeded + (min > 1 ? " (at least " + min + " characters)." : "."));
        } else if (value.length() > max) {
            problems.add("Keep it under " + max + " characters: " + whatIsNeeded.toLowerCase() + ".");
        }
        return this;
    }

    /** Reads a date the person entered; a missing or unreadable one is a problem when required. */
    public LocalDate date(Object value, String label, boolean required) {
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problems.add("Enter the " + label + ".");
            }
            return null;
        }
        try {
            return IsoDates.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add("The " + label + " '" + value + "' is not a date (YYYY-MM-DD).");
            return null;
        }
    }

    /**
     * Reads a choice from an enumeration the way people and programs send it ("person-centred care" or
     * {@code PERSON_CENTRED_CARE}); a missing or unknown value is the given problem, and answers null.
     */
    public <E extends Enum<E>> E choice(Object value, Class<E> type, String problem) {
        String name = value == null ? ""
                : value.toString().trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problems.add(problem);
        return null;
    }

    /** Reads a whole number between {@code min} and {@code max} (a form may send 3, 3.0 or "3"). */
    public Integer wholeNumber(Object value, String label, int min, int max) {
        if (value == null || value.toString().isBlank()) {
            problems.add("Enter the " + label + ".");
            return null;
        }
        int number;
        try {
            number = new BigDecimal(value.toString().trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add("The " + label + " '" + value + "' is not a whole number.");
            return null;
        }
        if (number < min || number > max) {
            problems.add("The " + label + " must be between " + min + " and " + max + ", not " + number + ".");
            return null;
        }
        return number;
    }

    /** True when the value is one of the allowed ones; a missing value is not (and does not throw). */
    public static boolean isOneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void orRefuse() {
        if (!problems.isEmpty()) {
            throw new InvalidEntry(what + " was not saved. " + String.join(" ", problems));
        }
    }
}
