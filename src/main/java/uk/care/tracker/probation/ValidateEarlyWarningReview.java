package uk.care.tracker.probation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the Registered Manager's answer to a week-12 early warning. */
@Component
public class ValidateEarlyWarningReview extends FormCheck {

    enum Response { ESCALATE, KEEP_UNDER_REVIEW, CONSIDER_EXTENDING_PROBATION }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        new EntryCheck("The early warning review")
                .require(isOneOf(facts.string(WARNING_RESPONSE), Response.class),
                        "Choose what happens now: escalate, keep under review, or consider extending probation.")
                .requireText(facts.string(WARNING_NOTES), 10, 2000, "Record what you found and decided")
                .orRefuse();
    }
}
