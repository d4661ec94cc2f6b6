package uk.care.tracker.governance;

import static uk.care.tracker.governance.GovernanceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** The senior leaders' response to the quarter's persistent manager non-compliance. */
@Component
public class RecordNonComplianceResponse implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordNonComplianceResponse(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.entry(Register.MANAGER_NON_COMPLIANCE_REVIEW,
                        "response:" + facts.completedTaskId(TASK_NON_COMPLIANCE_REVIEW))
                .actingUser(facts.completedBy(TASK_NON_COMPLIANCE_REVIEW))
                .set("entry_type", "SENIOR_RESPONSE")
                .set("period_from", facts.date(QUARTER_FROM))
                .set("period_to", facts.date(QUARTER_TO))
                .set("senior_response", facts.string(SENIOR_RESPONSE))
                .build());
    }
}
