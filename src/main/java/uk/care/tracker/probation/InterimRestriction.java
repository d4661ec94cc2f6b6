package uk.care.tracker.probation;

/** What the new starter may not do, or only with support, while the escalated action is open (article step 4). */
public enum InterimRestriction {
    NONE,
    SUPERVISED_PRACTICE_ONLY,
    NO_MEDICATION_ADMINISTRATION,
    PAIRED_MOVING_AND_HANDLING,
    NO_LONE_WORKING,
    OTHER
}
