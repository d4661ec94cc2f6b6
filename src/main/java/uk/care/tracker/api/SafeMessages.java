package uk.care.tracker.api;

import java.util.regex.Pattern;

/**
 * What an error message may tell the person who sent the request. A message that carries the application's
 * insides (a class or package name, an SQL statement, an engine error code, a stack frame) is replaced by a
 * plain sentence; the full exception goes to the log instead.
 */
public final class SafeMessages {

    /** A package-qualified name such as {@code org.postgresql.util.PSQLException} or {@code java.lang.Long}. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|org|com|net|io|uk|sun|jdk)\\.[A-Za-z_$][\\w$]*\\.");
    private static final Pattern SQL = Pattern.compile(
            "\\b(select\\s.+\\sfrom|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from|create\\s+table|alter\\s+table"
                    + "|sqlstate|sql\\s*\\[|bad\\s+sql|jdbc|constraint\\s+\\[?\\w+|violates|hibernate|postgres|h2\\s+database)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INTERNALS = Pattern.compile(
            "(Exception|Error\\b|ENGINE-\\d+|\\n\\s*at\\s|\\$\\$|@[0-9a-f]{6,}|\\.java:\\d+)");
    private static final int MAX_LENGTH = 2000;

    private SafeMessages() {
    }

    /** True when the message can be shown to the person as it is. */
    public static boolean isSafe(String message) {
        if (message == null || message.isBlank() || message.length() > MAX_LENGTH) {
            return false;
        }
        return !QUALIFIED_NAME.matcher(message).find() && !SQL.matcher(message).find()
                && !INTERNALS.matcher(message).find() && message.indexOf('\0') < 0;
    }

    /** The message when it is safe to show, otherwise the given plain sentence. */
    public static String orElse(String message, String plain) {
        return isSafe(message) ? message : plain;
    }
}
