package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 3, closure against evidence: the action verified complete is closed in the probation action
 * tracker with the evidence that closed it. An escalated action also leaves enhanced oversight with a closing
 * row in the probation escalation register, which names the interim restriction still recorded, if any.
 */
@Component
public class CloseProbationAction implements JavaDelegate {

    private final RegisterWriter registers;

    public CloseProbationAction(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String taskId = facts.completedTaskId(TASK_DEPUTY_VERIFICATION);
        String user = facts.completedBy(TASK_DEPUTY_VERIFICATION);
        registers.append(facts.entry(Register.PROBATION_ACTION_TRACKER, "closed:" + taskId)
                .actingUser(user)
                .set("entry_type", "CLOSED")
                .set("deadline", facts.date(DEADLINE))
                .set("evidence_type", facts.string(EVIDENCE_TYPE))
                .set("evidence_description", facts.string(EVIDENCE_DESCRIPTION))
                .set("evidence_file_id", facts.string(EVIDENCE_ID))
                .build());
        if (facts.flag(ESCALATED)) {
            registers.append(facts.entry(Register.PROBATION_ESCALATION, "closed:" + taskId)
                    .actingUser(user)
                    .set("entry_type", "CLOSED")
                    .set("competency_area", facts.string(COMPETENCY_AREA))
                    .set("deadline", facts.date(DEADLINE))
                    .set("interim_restriction", facts.string(INTERIM_RESTRICTION))
                    .build());
        }
    }
}
