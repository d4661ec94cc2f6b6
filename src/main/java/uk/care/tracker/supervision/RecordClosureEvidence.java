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
 * Article example 1, step 3: the follow-up check goes into the action closure log with the evidence seen.
 * A complete action is closed here; an escalated one also leaves the overdue register with a closing row.
 * An incomplete one waits for the next check on the date the manager gave.
 */
@Component
public class RecordClosureEvidence implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordClosureEvidence(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        CompletedTask followUp = CompletedTask.of(execution, TASK_FOLLOW_UP_CHECK);
        boolean closed = "COMPLETE".equals(facts.string(COMPLETION_STATUS));
        registers.append(followUp.row(Register.ACTION_CLOSURE_LOG, "follow-up")
                .set("evidence_seen", facts.flag(EVIDENCE_SEEN)).dates(DATE_CHECKED)
                .texts(COMPLETION_STATUS, EVIDENCE_TYPE, EVIDENCE_DESCRIPTION)
                .set("evidence_file_id", facts.string(EVIDENCE_ID))
                .set("next_check_date", closed ? null : facts.date(NEXT_CHECK_DATE)).set("closed", closed)
                .build());
        if (closed && facts.flag(ESCALATED)) {
            registers.append(followUp.row(Register.OVERDUE_ACTIONS_REGISTER, "closed", "CLOSED").dates(DEADLINE).build());
        }
        execution.setVariable(ACTION_CLOSED, closed);
        if (!closed) {
            execution.setVariable(FOLLOW_UP_DUE, facts.string(NEXT_CHECK_DATE));
            // the next check must be answered afresh, not pre-filled with this one's status and evidence
            execution.removeVariables(java.util.List.of(EVIDENCE_SEEN, COMPLETION_STATUS, DATE_CHECKED, EVIDENCE_ID, NEXT_CHECK_DATE));
        }
    }
}
