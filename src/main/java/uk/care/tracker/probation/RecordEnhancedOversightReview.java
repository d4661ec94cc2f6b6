package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
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
        ProcessFacts facts = ProcessFacts.of(execution);
        String taskId = facts.completedTaskId(TASK_ENHANCED_OVERSIGHT_REVIEW);
        registers.append(facts.entry(Register.PROBATION_ESCALATION, "oversight-review:" + taskId)
                .actingUser(facts.completedBy(TASK_ENHANCED_OVERSIGHT_REVIEW))
                .set("entry_type", "OVERSIGHT_REVIEW")
                .set("competency_area", facts.string(COMPETENCY_AREA))
                .set("deadline", facts.date(DEADLINE))
                .set("oversight_progress", facts.string(OVERSIGHT_PROGRESS))
                .set("interim_restriction", facts.string(INTERIM_RESTRICTION))
                .set("restriction_details", facts.string(RESTRICTION_DETAILS))
                .set("revised_review_date", facts.date(REVISED_REVIEW_DATE))
                .build());
        // the next review is answered afresh; the restriction and its details stay pre-filled as they now stand
        execution.removeVariables(List.of(OVERSIGHT_PROGRESS));
    }
}
