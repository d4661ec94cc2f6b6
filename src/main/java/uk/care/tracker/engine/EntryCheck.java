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

    /**
     * A text the person must write: at least {@code min} visible characters, at most {@code max} (the column's size).
     * A NUL character (which PostgreSQL refuses in text) is refused; a text made only of spaces and invisible
     * characters (zero-width spaces and the like) counts as empty.
     */
    public EntryCheck requireText(String value, int min, int max, String whatIsNeeded) {
        if (value != null && value.indexOf('\0') >= 0) {
            problems.add(whatIsNeeded + ": the text contains a NUL character, which cannot be stored.");
        } else if (value == null || visibleLength(value) < Math.max(min, 1)) {
            problems.add(whatIsNeeded + (min > 1 ? " (at least " + min + " characters)." : "."));
        } else if (value.length() > max) {
            problems.add("Keep it under " + max + " characters: " + whatIsNeeded.toLowerCase(Locale.ROOT) + ".");
        }
        return this;
    }

    /**
     * A text the person may leave empty; when given, the same rules as {@link #requireText}: no NUL, at most
     * {@code max} characters. Answers the text, or null when it is missing or only invisible characters.
     */
    public String optionalText(Object value, int max, String label) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.indexOf('\0') >= 0) {
            problems.add("The " + label + " contains a NUL character, which cannot be stored.");
            return null;
        }
        if (visibleLength(text) == 0) {
            return null;
        }
        if (text.length() > max) {
            problems.add("Keep the " + label + " under " + max + " characters.");
            return null;
        }
        return text.strip();
    }

    /**
     * How many characters of the text a reader can see: whitespace, control and format characters (zero-width
     * space U+200B, joiners, the byte order mark, soft hyphen, bidirectional marks) and the Hangul and Braille
     * blanks do not count.
     */
    public static int visibleLength(String value) {
        if (value == null) {
            return 0;
        }
        int visible = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (!isInvisible(c)) {
                visible++;
            }
        }
        return visible;
    }

    /** True when the text is missing or nobody could see any of it. */
    public static boolean isBlank(String value) {
        return visibleLength(value) == 0;
    }

    private static boolean isInvisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
            return true;
        }
        // blanks that Unicode classes as letters or symbols: Hangul fillers, Braille blank, Khmer inherent vowels
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x17B4 || c == 0x17B5
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x034F;
    }

    /** Reads a required date that is still to come or today (a review, a next check); a passed one is a problem. */
    public LocalDate dateNotPast(Object value, String label, LocalDate today) {
        LocalDate date = date(value, label, true);
        if (date != null && date.isBefore(today)) {
            problems.add("The " + label + " " + date + " has already passed.");
        }
        return date;
    }

    /** Reads a required date of something that has happened (a check, a signature); a future one is a problem. */
    public LocalDate dateNotFuture(Object value, String label, LocalDate today) {
        LocalDate date = date(value, label, true);
        if (date != null && date.isAfter(today)) {
            problems.add("The " + label + " " + date + " is in the future.");
        }
        return date;
    }

    /** Requires one of the forms' low / medium / high answers ({@link Level}), naming what is asked. */
    public EntryCheck level(String value, String what) {
        return require(isOneOf(value, Level.class), "Choose " + what + ": low, medium or high.");
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
            problems.add("The " + label + " '" + shown(value) + "' is not a date (YYYY-MM-DD).");
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
            problems.add("The " + label + " '" + shown(value) + "' is not a whole number.");
            return null;
        }
        if (number < min || number > max) {
            problems.add("The " + label + " must be between " + min + " and " + max + ", not " + number + ".");
            return null;
        }
        return number;
    }

    /**
     * A value the person sent, as a message may quote it back: at most 40 characters, with control and invisible
     * characters shown as '?', so that a refusal never carries a NUL or a page of text.
     */
    public static String shown(Object value) {
        String text = String.valueOf(value);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length() && shown.length() < 40; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            shown.appendCodePoint(c == ' ' || !isInvisible(c) ? c : '?');
        }
        return shown.length() < text.length() ? shown + "..." : shown.toString();
    }

    /** True when the value is one of the allowed ones; a missing value is not (and does not throw). */
    public static boolean isOneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value);
    }

    /** True when the value is the name of one of the choices, exactly as the form sends it; a missing value is not. */
    public static <E extends Enum<E>> boolean isOneOf(String value, Class<E> choices) {
        for (E choice : choices.getEnumConstants()) {
            if (choice.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** How many problems have been found so far. */
    public int problemCount() {
        return problems.size();
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
