package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
        String taskId = facts.completedTaskId(TASK_FOLLOW_UP_CHECK);
        String user = facts.completedBy(TASK_FOLLOW_UP_CHECK);
        boolean closed = "COMPLETE".equals(facts.string(COMPLETION_STATUS));
        registers.append(facts.entry(Register.ACTION_CLOSURE_LOG, "follow-up:" + taskId)
                .actingUser(user)
                .set("evidence_seen", facts.flag(EVIDENCE_SEEN))
                .set("date_checked", facts.date(DATE_CHECKED))
                .set("completion_status", facts.string(COMPLETION_STATUS))
                .set("evidence_type", facts.string(EVIDENCE_TYPE))
                .set("evidence_description", facts.string(EVIDENCE_DESCRIPTION))
                .set("evidence_file_id", facts.string(EVIDENCE_ID))
                .set("next_check_date", closed ? null : facts.date(NEXT_CHECK_DATE))
                .set("closed", closed)
                .build());
        if (closed && facts.flag(ESCALATED)) {
            registers.append(facts.entry(Register.OVERDUE_ACTIONS_REGISTER, "closed:" + taskId)
                    .actingUser(user)
                    .set("entry_type", "CLOSED")
                    .set("deadline", facts.date(DEADLINE))
                    .build());
        }
        execution.setVariable(ACTION_CLOSED, closed);
        if (!closed) {
            execution.setVariable(FOLLOW_UP_DUE, facts.string(NEXT_CHECK_DATE));
            // the next check must be answered afresh, not pre-filled with this one's status and evidence
            execution.removeVariables(java.util.List.of(EVIDENCE_SEEN, COMPLETION_STATUS, DATE_CHECKED, EVIDENCE_ID, NEXT_CHECK_DATE));
        }
    }
}
