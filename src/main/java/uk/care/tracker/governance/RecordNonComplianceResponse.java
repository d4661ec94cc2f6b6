package uk.care.tracker.governance;

import static uk.care.tracker.governance.GovernanceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** The senior leaders' response to the quarter's persistent manager non-compliance. */
@Component
class RecordNonComplianceResponse implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordNonComplianceResponse(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(CompletedTask.of(execution, TASK_NON_COMPLIANCE_REVIEW)
                .row(Register.MANAGER_NON_COMPLIANCE_REVIEW, "response", "SENIOR_RESPONSE")
                .set("period_from", facts.date(QUARTER_FROM)).set("period_to", facts.date(QUARTER_TO))
                .texts(SENIOR_RESPONSE).build());
    }
}
