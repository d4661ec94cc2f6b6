package uk.care.tracker.supervision;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the Registered Manager's weekly overdue review (article example 1, step 4). */
@Component
public class ValidateOverdueReview extends FormCheck {

    enum Stage { WEEKLY_REVIEW, REMEDIAL_OWNERSHIP, SENIOR_OVERSIGHT }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        String reason = facts.string(REASON_FOR_DELAY);
        Object valid = facts.raw(VALID_EXPLANATION);
        new EntryCheck("The overdue review")
                .requireText(reason, 5, 2000, "Record the reason for the delay")
                .require(valid instanceof Boolean || "true".equals(String.valueOf(valid)) || "false".equals(String.valueOf(valid)),
                        "Say whether the delay has a valid explanation.")
                .require(isOneOf(facts.string(ESCALATION_STAGE), Stage.class), "Choose the escalation stage.")
                .orRefuse();
        // the form's radio answers "true"/"false" as text; the gateway and the register want a yes/no value
        execution.setVariable(VALID_EXPLANATION, Boolean.parseBoolean(String.valueOf(valid)));
    }
}
