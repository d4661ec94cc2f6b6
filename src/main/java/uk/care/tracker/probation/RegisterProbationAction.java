package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** Article example 3, step 1: the agreed action enters the probation action tracker, with its week-12 decision date. */
@Component
public class RegisterProbationAction implements JavaDelegate {

    private final RegisterWriter registers;

    public RegisterProbationAction(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.entry(Register.PROBATION_ACTION_TRACKER, "registered")
                .actingUser(facts.string(INITIATOR))
                .set("entry_type", "REGISTERED")
                .set("checkpoint", facts.string(CHECKPOINT))
                .set("action_description", facts.string(ACTION_DESCRIPTION))
                .set("competency_area", facts.string(COMPETENCY_AREA))
                .set("deadline", facts.date(DEADLINE))
                .set("person_responsible", facts.string(PERSON_RESPONSIBLE))
                .set("start_date", facts.date(START_DATE))
                .set("week12_decision_date", facts.date(WEEK12_DECISION))
                .build());
    }
}
