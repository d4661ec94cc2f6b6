package uk.care.tracker.escalation;

/**
 * Variables of the {@code repeat-concern-offer} process, started when a staff
 * member's supervision actions in one category reach the threshold of the decision {@code repeat-concern-threshold}.
 */
final class RepeatConcernOfferVariables {

    static final String PROCESS_KEY = "repeat-concern-offer";

    static final String ACTION_CATEGORY = "actionCategory";
    static final String CONCERN_TYPE = "concernType";
    static final String REPEAT_COUNT = "repeatCount";
    static final String WINDOW_DAYS = "windowDays";
    /** Business keys of the supervision actions behind the offer, comma-separated. */
    static final String LINKED_ACTIONS = "linkedActions";
    /** The actions as a readable list (markdown), shown in the offer and attached to the case. */
    static final String CONCERN_HISTORY = "concernHistory";

    static final String OFFER_DECISION = "offerDecision";
    static final String DECLINE_REASON = "declineReason";
    static final String TASK_CONSIDER_ESCALATED_CASE = RepeatConcernOfferProcess.TASK_CONSIDER_ESCALATED_CASE;

    private RepeatConcernOfferVariables() {
    }
}
