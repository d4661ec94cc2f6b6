package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** Article example 2, step 1: the case is opened in the formal supervision escalation tracker. */
@Component
public class OpenEscalatedCase implements JavaDelegate {

    private final RegisterWriter registers;

    public OpenEscalatedCase(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.entry(Register.FORMAL_ESCALATION_TRACKER, "opened")
                .actingUser(facts.string(OPENED_BY))
                .set("entry_type", "OPENED")
                .set("concern_type", facts.string(CONCERN_TYPE))
                .set("threshold_met", facts.string(THRESHOLD_MET))
                .set("concern_confirmed_date", facts.date(CONCERN_CONFIRMED_DATE))
                .set("escalated_date", facts.date(ESCALATED_DATE))
                .set("late_entry", facts.flag(LATE_ENTRY))
                .set("target_closure_date", facts.date(TARGET_CLOSURE_DATE))
                .set("line_manager", facts.string(LINE_MANAGER))
                .set("linked_actions", facts.string(LINKED_ACTIONS))
                .set("linked_case", facts.string(REPEAT_CONCERN_OFFER))
                .build());
    }
}
