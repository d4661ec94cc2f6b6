package uk.care.tracker.engine;

/**
 * The low / medium / high scale of the forms: a supervision action's priority, an escalated case's remaining risk,
 * a new starter's probation risk category. Stored by name.
 */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
