package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 2, step 5: the HR Lead's decision enters the workforce case closure register, and the case
 * leaves the formal escalation tracker as closed or advanced.
 */
@Component
public class RecordCaseClosure implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordCaseClosure(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        CompletedTask decision = CompletedTask.of(execution, TASK_HR_CLOSE_OR_ADVANCE);
        registers.append(decision.row(Register.WORKFORCE_CASE_CLOSURE_REGISTER, "closure")
                .texts(CASE_OUTCOME, EVIDENCE_SUPPORTING_CLOSURE, HR_PATHWAY).dates(TARGET_CLOSURE_DATE).build());
        registers.append(decision.row(Register.FORMAL_ESCALATION_TRACKER, "ended", facts.string(CASE_OUTCOME))
                .texts(CONCERN_TYPE).dates(TARGET_CLOSURE_DATE).build());
    }
}
