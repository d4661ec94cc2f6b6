package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.RepeatConcernOfferVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
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
        registers.append(facts.entry(Register.FORMAL_ESCALATION_TRACKER, "offered")
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", "OFFER_MADE")
                .set("concern_type", facts.string(CONCERN_TYPE))
                .set("action_category", facts.string(ACTION_CATEGORY))
                .set("threshold_met", thresholdMet(facts))
                .set("linked_actions", facts.string(LINKED_ACTIONS))
                .build());
    }

    static String thresholdMet(ProcessFacts facts) {
        return "%d %s supervision actions within %d days: %s".formatted(facts.integer(REPEAT_COUNT),
                facts.string(ACTION_CATEGORY).toLowerCase().replace('_', ' '), facts.integer(WINDOW_DAYS),
                facts.string(LINKED_ACTIONS).replace(",", ", "));
    }
}
