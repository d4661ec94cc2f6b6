package uk.care.tracker.escalation;

/**
 * The offer of an escalated case after a repeated concern: what the code and the tests rely on in {@code
 * processes/repeat-concern-offer.bpmn}. {@code ProcessContractsTest} reads the BPMN and its forms and fails when one
 * of these ids, the key or a start form field is no longer there, so a renamed element in the Modeler breaks the
 * build in seconds rather than in an integration test.
 */
public final class RepeatConcernOfferProcess {

    public static final String KEY = "repeat-concern-offer";
    public static final String RESOURCE = "processes/repeat-concern-offer.bpmn";

    // tasks
    public static final String TASK_CONSIDER_ESCALATED_CASE = "Task_ConsiderEscalatedCase";

    // the other elements the path tests walk through (service tasks run as jobs of their own)
    public static final String TASK_RECORD_REPEAT_CONCERN_OFFER = "Task_RecordRepeatConcernOffer";
    public static final String TASK_RECORD_OFFER_DECISION = "Task_RecordOfferDecision";
    public static final String END_EVENT_OFFER_DECIDED = "EndEvent_OfferDecided";

    private RepeatConcernOfferProcess() {
    }
}
