package uk.care.tracker.probation;

/** Competency areas of SPEC section 4.3, as the {@code competencyArea} start variable spells them. */
public enum CompetencyArea {
    MEDICATION,
    MOVING_AND_HANDLING,
    SAFEGUARDING,
    COMMUNICATION,
    RECORD_KEEPING,
    PERSON_CENTRED_CARE,
    OTHER
}
