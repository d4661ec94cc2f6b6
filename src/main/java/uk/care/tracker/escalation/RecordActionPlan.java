package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** Article example 2, step 2: the improvement requirements enter the escalation action plan. */
@Component
public class RecordActionPlan implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordActionPlan(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.entry(Register.ESCALATION_ACTION_PLAN, "plan:" + facts.completedTaskId(TASK_ACTION_PLAN))
                .actingUser(facts.completedBy(TASK_ACTION_PLAN))
                .set("entry_type", "PLAN")
                .set("corrective_action", facts.string(CORRECTIVE_ACTION))
                .set("review_meeting_date", facts.date(REVIEW_MEETING_DATE))
                .set("recheck_method", facts.string(RECHECK_METHOD))
                .set("recheck_details", facts.string(RECHECK_DETAILS))
                .build());
    }
}
