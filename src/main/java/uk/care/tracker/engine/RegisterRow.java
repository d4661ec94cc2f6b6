package uk.care.tracker.engine;

import uk.care.tracker.registers.RegisterEntry;

/**
 * A register row being filled from a process's variables: a variable goes into the column of its name in snake case
 * ({@code reviewMeetingDate} into {@code review_meeting_date}), so a delegate names the variables, not each column.
 */
public final class RegisterRow {

    private final ProcessFacts facts;
    private final RegisterEntry.Builder entry;

    RegisterRow(ProcessFacts facts, RegisterEntry.Builder entry) {
        this.facts = facts;
        this.entry = entry;
    }

    /** Text variables, each into the column of its name in snake case. */
    public RegisterRow texts(String... variables) {
        for (String variable : variables) {
            entry.set(column(variable), facts.string(variable));
        }
        return this;
    }

    /** Date variables (ISO text in the process), each into the column of its name in snake case. */
    public RegisterRow dates(String... variables) {
        for (String variable : variables) {
            entry.set(column(variable), facts.date(variable));
        }
        return this;
    }

    /** Yes/no variables, each into the column of its name in snake case. */
    public RegisterRow flags(String... variables) {
        for (String variable : variables) {
            entry.set(column(variable), facts.flag(variable));
        }
        return this;
    }

    /** A text variable into a column of another name. */
    public RegisterRow text(String column, String variable) {
        return set(column, facts.string(variable));
    }

    /** A date variable into a column of another name. */
    public RegisterRow date(String column, String variable) {
        return set(column, facts.date(variable));
    }

    public RegisterRow set(String column, Object value) {
        entry.set(column, value);
        return this;
    }

    public RegisterEntry build() {
        return entry.build();
    }

    /** {@code reviewMeetingDate} as a column: {@code review_meeting_date}; a digit starts no new word. */
    static String column(String variable) {
        StringBuilder column = new StringBuilder(variable.length() + 4);
        for (char c : variable.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }
}
