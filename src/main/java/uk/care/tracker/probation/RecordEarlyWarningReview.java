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
 * The Registered Manager's answer to the week-12 early warning goes into the new starter oversight register.
 * Choosing to escalate documents the escalation the warning asked for: the action enters probation escalation.
 */
@Component
public class RecordEarlyWarningReview implements JavaDelegate {

    static final String REASON = "Escalated by the Registered Manager after the week-12 early warning";

    private final RegisterWriter registers;

    public RecordEarlyWarningReview(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String response = facts.string(WARNING_RESPONSE);
        registers.append(CompletedTask.of(execution, TASK_EARLY_WARNING_REVIEW)
                .row(Register.NEW_STARTER_OVERSIGHT, "early-warning-review", "EARLY_WARNING_REVIEWED")
                .set("week12_decision_date", facts.date(WEEK12_DECISION)).texts(WARNING_RESPONSE)
                .set("notes", facts.string(WARNING_NOTES)).build());
        if (ValidateEarlyWarningReview.Response.ESCALATE.name().equals(response) && !facts.flag(ESCALATED)) {
            execution.setVariable(ESCALATION_REASON, REASON);
        }
    }
}
