package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
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
        CompletedTask verification = CompletedTask.of(execution, TASK_DEPUTY_VERIFICATION);
        registers.append(verification.row(Register.PROBATION_ACTION_TRACKER, "closed", "CLOSED")
                .dates(DEADLINE).texts(EVIDENCE_TYPE, EVIDENCE_DESCRIPTION)
                .set("evidence_file_id", facts.string(EVIDENCE_ID)).build());
        if (facts.flag(ESCALATED)) {
            registers.append(verification.row(Register.PROBATION_ESCALATION, "closed", "CLOSED")
                    .texts(COMPETENCY_AREA).dates(DEADLINE).texts(INTERIM_RESTRICTION).build());
        }
    }
}
