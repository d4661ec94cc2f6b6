package uk.care.tracker.governance;

import static uk.care.tracker.governance.GovernanceVariables.SENIOR_RESPONSE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** The senior leaders must say what they will do about the managers the quarter shows. */
@Component
class ValidateNonComplianceResponse extends FormCheck {

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        new EntryCheck("The quarterly review")
                .requireText(facts.string(SENIOR_RESPONSE), 10, 4000, "Record the senior leaders' response")
                .orRefuse();
    }
}
