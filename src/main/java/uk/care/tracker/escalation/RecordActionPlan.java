package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** Article example 2, step 2: the improvement requirements enter the escalation action plan. */
@Component
public class RecordActionPlan implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordActionPlan(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registers.append(CompletedTask.of(execution, TASK_ACTION_PLAN).row(Register.ESCALATION_ACTION_PLAN, "plan", "PLAN")
                .texts(CORRECTIVE_ACTION).dates(REVIEW_MEETING_DATE).texts(RECHECK_METHOD, RECHECK_DETAILS).build());
    }
}
