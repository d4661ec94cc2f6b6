package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.TaskTimeliness;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 3, step 3: the Deputy Manager's verification goes into the new starter oversight register.
 * A complete action goes on to closure; any other result waits for the next fortnight, answered afresh.
 */
@Component
public class RecordProbationVerification implements JavaDelegate {

    private final RegisterWriter registers;
    private final TaskTimeliness timeliness;

    public RecordProbationVerification(RegisterWriter registers, TaskTimeliness timeliness) {
        this.registers = registers;
        this.timeliness = timeliness;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        CompletedTask verification = CompletedTask.of(execution, TASK_DEPUTY_VERIFICATION);
        TaskTimeliness.Timeliness due = timeliness.of(verification.id());
        int cycle = facts.integer(VERIFICATION_CYCLE);
        String status = facts.string(COMPLETION_STATUS);
        registers.append(verification.row(Register.NEW_STARTER_OVERSIGHT, "verification", "VERIFICATION")
                .set("verification_cycle", cycle).set("due_on", due.dueOn()).set("submitted_late", due.late())
                .texts(COMPLETION_STATUS).set("evidence_seen", facts.flag(EVIDENCE_SEEN))
                .texts(EVIDENCE_TYPE, EVIDENCE_DESCRIPTION).set("evidence_file_id", facts.string(EVIDENCE_ID))
                .texts(RISK_CATEGORY).build());
        boolean complete = ValidateProbationVerification.Status.COMPLETE.name().equals(status);
        execution.setVariable(ACTION_COMPLETE, complete);
        execution.setVariable(ACTION_FAILED, ValidateProbationVerification.Status.FAILED.name().equals(status));
        if (!complete) {
            execution.setVariable(VERIFICATION_CYCLE, cycle + 1);
            // the next verification must be answered afresh, not pre-filled with this one's status and evidence
            execution.removeVariables(List.of(COMPLETION_STATUS, EVIDENCE_SEEN, EVIDENCE_ID));
        }
    }
}
