package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.RepeatConcernOfferVariables.*;
import static uk.care.tracker.engine.StaffVariables.STAFF_ID;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * The Registered Manager's answer to a repeated-concern offer. Declining records the reason; accepting starts
 * an escalated case, confirmed and escalated today, with the supervision actions linked, and records its key.
 */
@Component
public class RecordOfferDecision implements JavaDelegate {

    private final RegisterWriter registers;
    private final RuntimeService runtime;
    private final Clock clock;

    public RecordOfferDecision(RegisterWriter registers, RuntimeService runtime, Clock clock) {
        this.registers = registers;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String user = facts.completedBy(TASK_CONSIDER_ESCALATED_CASE);
        boolean open = "OPEN_CASE".equals(facts.string(OFFER_DECISION));
        String caseKey = null;
        if (open) {
            String today = clock.today().toString();
            Map<String, Object> start = new HashMap<>();
            start.put(STAFF_ID, facts.string(STAFF_ID));
            start.put(EscalatedCaseVariables.CONCERN_TYPE, facts.string(CONCERN_TYPE));
            start.put(EscalatedCaseVariables.THRESHOLD_MET, RecordRepeatConcernOffer.thresholdMet(facts));
            start.put(EscalatedCaseVariables.CONCERN_CONFIRMED_DATE, today);
            start.put(EscalatedCaseVariables.ESCALATED_DATE, today);
            start.put(EscalatedCaseVariables.LINKED_ACTIONS, facts.string(LINKED_ACTIONS));
            start.put(EscalatedCaseVariables.CONCERN_HISTORY, facts.string(CONCERN_HISTORY));
            start.put(EscalatedCaseVariables.REPEAT_CONCERN_OFFER, execution.getProcessBusinessKey());
            start.put(EscalatedCaseVariables.OPENED_BY, user);
            ProcessInstance escalatedCase = runtime.startProcessInstanceByKey("escalated-case", start);
            caseKey = escalatedCase.getBusinessKey();
        }
        registers.append(CompletedTask.of(execution, TASK_CONSIDER_ESCALATED_CASE)
                .row(Register.FORMAL_ESCALATION_TRACKER, "offer-decision", open ? "OFFER_ACCEPTED" : "OFFER_DECLINED")
                .texts(CONCERN_TYPE, ACTION_CATEGORY, LINKED_ACTIONS).set("linked_case", caseKey)
                .set("decision_reason", open ? null : facts.string(DECLINE_REASON)).build());
    }
}
