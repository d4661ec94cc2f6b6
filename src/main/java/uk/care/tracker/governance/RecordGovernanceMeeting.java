package uk.care.tracker.governance;

import static uk.care.tracker.governance.GovernanceVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** Article governance: the findings presented at the monthly meeting, its challenge and its decisions, on record. */
@Component
public class RecordGovernanceMeeting implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordGovernanceMeeting(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.entry(Register.GOVERNANCE_MEETING, "meeting:" + facts.completedTaskId(TASK_QUALITY_LEAD_REVIEW))
                .actingUser(facts.completedBy(TASK_QUALITY_LEAD_REVIEW))
                .set("entry_type", "MEETING")
                .set("period_from", facts.date(PERIOD_FROM))
                .set("period_to", facts.date(PERIOD_TO))
                .set("meeting_date", facts.date(MEETING_DATE))
                .set("analysis", facts.string(ANALYSIS))
                .set("challenge", facts.string(CHALLENGE))
                .set("decisions", facts.string(DECISIONS))
                .build());
    }
}
