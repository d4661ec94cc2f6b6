package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 1, step 2: the verification columns of the action tracker. A clear action gets its priority,
 * the evidence required for closure and a review date; a vague one is recorded as returned for rewording.
 */
@Component
public class RecordDeputyVerification implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordDeputyVerification(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String taskId = facts.completedTaskId(TASK_DEPUTY_VERIFICATION);
        boolean vague = "VAGUE".equals(facts.string(OUTCOME_CLARITY));
        var entry = facts.entry(Register.ACTION_TRACKER, "verification:" + taskId)
                .actingUser(facts.completedBy(TASK_DEPUTY_VERIFICATION));
        if (vague) {
            entry.set("entry_type", "RETURNED_FOR_REWORDING")
                    .set("return_reason", facts.string(RETURN_REASON));
        } else {
            entry.set("entry_type", "VERIFIED")
                    .set("priority", facts.string(PRIORITY))
                    .set("evidence_required", facts.string(EVIDENCE_REQUIRED))
                    .set("review_date", facts.date(REVIEW_DATE));
        }
        registers.append(entry.build());
    }
}
