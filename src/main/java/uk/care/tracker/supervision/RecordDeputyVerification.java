package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
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
        CompletedTask verification = CompletedTask.of(execution, TASK_DEPUTY_VERIFICATION);
        boolean vague = "VAGUE".equals(ProcessFacts.of(execution).string(OUTCOME_CLARITY));
        registers.append(vague
                ? verification.row(Register.ACTION_TRACKER, "verification", "RETURNED_FOR_REWORDING")
                        .texts(RETURN_REASON).build()
                : verification.row(Register.ACTION_TRACKER, "verification", "VERIFIED")
                        .texts(PRIORITY, EVIDENCE_REQUIRED).dates(REVIEW_DATE).build());
    }
}
