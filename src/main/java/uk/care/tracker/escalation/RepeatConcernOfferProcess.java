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

    private RepeatConcernOfferProcess() {
    }
}
