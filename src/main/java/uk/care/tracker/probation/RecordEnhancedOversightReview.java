package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Enhanced oversight: each formal review of an escalated probation action goes into the probation escalation
 * register (progress, the restriction now in force, the next review date); the next review then comes round.
 */
@Component
public class RecordEnhancedOversightReview implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordEnhancedOversightReview(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registers.append(CompletedTask.of(execution, TASK_ENHANCED_OVERSIGHT_REVIEW)
                .row(Register.PROBATION_ESCALATION, "oversight-review", "OVERSIGHT_REVIEW")
                .texts(COMPETENCY_AREA).dates(DEADLINE)
                .texts(OVERSIGHT_PROGRESS, INTERIM_RESTRICTION, RESTRICTION_DETAILS).dates(REVISED_REVIEW_DATE)
                .build());
        // the next review is answered afresh; the restriction and its details stay pre-filled as they now stand
        execution.removeVariables(List.of(OVERSIGHT_PROGRESS));
    }
}
