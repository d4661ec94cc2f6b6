package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** The senior leaders' response must say what oversight concluded and what improvement is tracked. */
@Component
public class ValidateSeniorOversight extends FormCheck {

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        new EntryCheck("The oversight review")
                .requireText(facts.string(OVERSIGHT_RESPONSE), 10, 4000, "Record the senior leaders' assessment of the case")
                .requireText(facts.string(IMPROVEMENT_ACTIONS), 10, 4000, "Record the improvement actions for the service improvement plan")
                .orRefuse();
    }
}
