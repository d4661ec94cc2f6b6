package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** The Line Manager's rewording of a vague action, as a new tracker row (the original stays as it was). */
@Component
public class RecordRewordedAction implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordRewordedAction(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registers.append(CompletedTask.of(execution, TASK_REWORD_ACTION)
                .row(Register.ACTION_TRACKER, "reworded", "REWORDED").texts(ACTION_DESCRIPTION).build());
    }
}
