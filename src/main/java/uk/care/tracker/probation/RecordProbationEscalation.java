package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 3, step 4: the Registered Manager's overdue reason, interim restriction and revised review
 * date go into the probation escalation register. Enhanced oversight then reviews the action on that date.
 */
@Component
public class RecordProbationEscalation implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordProbationEscalation(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registers.append(CompletedTask.of(execution, TASK_PROBATION_ESCALATION)
                .row(Register.PROBATION_ESCALATION, "escalation-review", "ESCALATION_REVIEWED")
                .texts(COMPETENCY_AREA).dates(DEADLINE)
                .texts(ESCALATION_REASON, OVERDUE_REASON, INTERIM_RESTRICTION, RESTRICTION_DETAILS)
                .dates(REVISED_REVIEW_DATE).build());
    }
}
