package uk.care.tracker.supervision;

/** Action categories of SPEC section 4.1, as the {@code actionCategory} start variable spells them. */
public enum ActionCategory {
    RECORD_KEEPING,
    TRAINING_REFRESHER,
    PRACTICE_STANDARDS,
    MEDICATION,
    SAFEGUARDING,
    CARE_PLAN_COMPLIANCE,
    OTHER
}
