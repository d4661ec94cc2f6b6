package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
        String taskId = facts.completedTaskId(TASK_HR_CLOSE_OR_ADVANCE);
        String user = facts.completedBy(TASK_HR_CLOSE_OR_ADVANCE);
        registers.append(facts.entry(Register.WORKFORCE_CASE_CLOSURE_REGISTER, "closure:" + taskId)
                .actingUser(user)
                .set("case_outcome", facts.string(CASE_OUTCOME))
                .set("evidence_supporting_closure", facts.string(EVIDENCE_SUPPORTING_CLOSURE))
                .set("hr_pathway", facts.string(HR_PATHWAY))
                .set("target_closure_date", facts.date(TARGET_CLOSURE_DATE))
                .build());
        registers.append(facts.entry(Register.FORMAL_ESCALATION_TRACKER, "ended:" + taskId)
                .actingUser(user)
                .set("entry_type", facts.string(CASE_OUTCOME))
                .set("concern_type", facts.string(CONCERN_TYPE))
                .set("target_closure_date", facts.date(TARGET_CLOSURE_DATE))
                .build());
    }
}
