package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.RepeatConcernOfferVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** The offer enters the formal supervision escalation tracker, with the supervision actions behind it. */
@Component
public class RecordRepeatConcernOffer implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordRepeatConcernOffer(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.systemRow(Register.FORMAL_ESCALATION_TRACKER, "offered", "OFFER_MADE")
                .texts(CONCERN_TYPE, ACTION_CATEGORY, LINKED_ACTIONS).set("threshold_met", thresholdMet(facts)).build());
    }

    static String thresholdMet(ProcessFacts facts) {
        return "%d %s supervision actions within %d days: %s".formatted(facts.integer(REPEAT_COUNT),
                facts.string(ACTION_CATEGORY).toLowerCase().replace('_', ' '), facts.integer(WINDOW_DAYS),
                facts.string(LINKED_ACTIONS).replace(",", ", "));
    }
}
