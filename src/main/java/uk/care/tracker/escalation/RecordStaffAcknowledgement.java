package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
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
        registers.append(CompletedTask.of(execution, TASK_STAFF_ACKNOWLEDGEMENT)
                .row(Register.ESCALATION_ACTION_PLAN, "acknowledgement", "ACKNOWLEDGED")
                .texts(ACKNOWLEDGED_BY).dates(ACKNOWLEDGED_ON).texts(ACKNOWLEDGEMENT_METHOD, ACKNOWLEDGEMENT_NOTES)
                .build());
    }
}
