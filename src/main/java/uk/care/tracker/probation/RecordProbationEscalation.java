package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
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
        ProcessFacts facts = ProcessFacts.of(execution);
        String taskId = facts.completedTaskId(TASK_PROBATION_ESCALATION);
        registers.append(facts.entry(Register.PROBATION_ESCALATION, "escalation-review:" + taskId)
                .actingUser(facts.completedBy(TASK_PROBATION_ESCALATION))
                .set("entry_type", "ESCALATION_REVIEWED")
                .set("competency_area", facts.string(COMPETENCY_AREA))
                .set("deadline", facts.date(DEADLINE))
                .set("escalation_reason", facts.string(ESCALATION_REASON))
                .set("overdue_reason", facts.string(OVERDUE_REASON))
                .set("interim_restriction", facts.string(INTERIM_RESTRICTION))
                .set("restriction_details", facts.string(RESTRICTION_DETAILS))
                .set("revised_review_date", facts.date(REVISED_REVIEW_DATE))
                .build());
    }
}
