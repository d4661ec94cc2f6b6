package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
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
        ProcessFacts facts = ProcessFacts.of(execution);
        String taskId = facts.completedTaskId(TASK_REWORD_ACTION);
        registers.append(facts.entry(Register.ACTION_TRACKER, "reworded:" + taskId)
                .actingUser(facts.completedBy(TASK_REWORD_ACTION))
                .set("entry_type", "REWORDED")
                .set("action_description", facts.string(ACTION_DESCRIPTION))
                .build());
    }
}
