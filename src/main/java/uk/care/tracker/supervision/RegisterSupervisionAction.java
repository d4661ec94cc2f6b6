package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** Article example 1, step 1: the agreed action enters the action tracker (and so the weekly actions report). */
@Component
public class RegisterSupervisionAction implements JavaDelegate {

    private final RegisterWriter registers;

    public RegisterSupervisionAction(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.entry(Register.ACTION_TRACKER, "registered")
                .actingUser(facts.string(INITIATOR))
                .set("entry_type", "REGISTERED")
                .set("action_description", facts.string(ACTION_DESCRIPTION))
                .set("action_category", facts.string(ACTION_CATEGORY))
                .set("deadline", facts.date(DEADLINE))
                .set("supervision_date", facts.date(SUPERVISION_DATE))
                .set("manager_responsible", facts.string(MANAGER_RESPONSIBLE))
                .set("late_entry", facts.flag(LATE_ENTRY))
                .build());
        execution.setVariable(FOLLOW_UP_DUE, facts.string(DEADLINE));
    }
}
