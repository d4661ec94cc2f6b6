package uk.care.tracker.governance;

import static uk.care.tracker.governance.GovernanceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** Article governance: the findings presented at the monthly meeting, its challenge and its decisions, on record. */
@Component
class RecordGovernanceMeeting implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordGovernanceMeeting(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registers.append(CompletedTask.of(execution, TASK_QUALITY_LEAD_REVIEW)
                .row(Register.GOVERNANCE_MEETING, "meeting", "MEETING")
                .dates(PERIOD_FROM, PERIOD_TO, MEETING_DATE).texts(ANALYSIS, CHALLENGE, DECISIONS).build());
    }
}
