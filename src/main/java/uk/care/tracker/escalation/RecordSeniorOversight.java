package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** The senior leaders' response and improvement actions are added to the service improvement plan. */
@Component
public class RecordSeniorOversight implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordSeniorOversight(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(CompletedTask.of(execution, TASK_SENIOR_OVERSIGHT_REVIEW)
                .row(Register.SERVICE_IMPROVEMENT_PLAN, "senior-response", "SENIOR_RESPONSE")
                .set("trigger_code", facts.string(OVERSIGHT_TRIGGER)).texts(OVERSIGHT_RESPONSE, IMPROVEMENT_ACTIONS)
                .build());
    }
}
