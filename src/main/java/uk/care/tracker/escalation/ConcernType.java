package uk.care.tracker.escalation;

/** The kinds of repeated concern an escalated case is opened for (article example 2); stored by name. */
public enum ConcernType {
    DOCUMENTATION,
    SHIFT_RELIABILITY,
    CARE_PLAN_ADHERENCE,
    OTHER
}
