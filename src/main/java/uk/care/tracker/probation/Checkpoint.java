package uk.care.tracker.probation;

/** The probation supervision at which the action was agreed (SPEC section 4.3, the {@code checkpoint} start variable). */
public enum Checkpoint {
    WEEK_2,
    WEEK_6,
    WEEK_12
}
