package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** A reworded action must still describe something that can be checked. */
@Component
public class ValidateRewording extends FormCheck {

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        String description = facts.string(ACTION_DESCRIPTION);
        new EntryCheck("The reworded action")
                .requireText(description, 10, 2000, "Describe the action with an outcome that can be checked")
                .orRefuse();
        execution.setVariable(ACTION_DESCRIPTION, description);
    }
}
