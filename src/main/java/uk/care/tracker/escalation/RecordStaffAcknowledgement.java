package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/** Article example 2, step 2: the staff member signs a clear, time-bound support document. */
@Component
public class RecordStaffAcknowledgement implements JavaDelegate {

    private final RegisterWriter registers;

    public RecordStaffAcknowledgement(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.entry(Register.ESCALATION_ACTION_PLAN,
                        "acknowledgement:" + facts.completedTaskId(TASK_STAFF_ACKNOWLEDGEMENT))
                .actingUser(facts.completedBy(TASK_STAFF_ACKNOWLEDGEMENT))
                .set("entry_type", "ACKNOWLEDGED")
                .set("acknowledged_by", facts.string(ACKNOWLEDGED_BY))
                .set("acknowledged_on", facts.date(ACKNOWLEDGED_ON))
                .set("acknowledgement_method", facts.string(ACKNOWLEDGEMENT_METHOD))
                .set("acknowledgement_notes", facts.string(ACKNOWLEDGEMENT_NOTES))
                .build());
    }
}
