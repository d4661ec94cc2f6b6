package uk.care.tracker.probation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.Level;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.evidence.ClosureEvidence;

/**
 * Checks the Deputy Manager's fortnightly verification (article example 3, step 3): completion status, the
 * evidence reviewed and the probation risk category. Complete closes the action, so it needs evidence seen
 * (the rule shared with the supervision follow-up check): not a general impression of confidence.
 */
@Component
public class ValidateProbationVerification extends FormCheck {

    enum Status { COMPLETE, IN_PROGRESS, NOT_STARTED, FAILED }

    private final ClosureEvidence evidence;

    public ValidateProbationVerification(ClosureEvidence evidence) {
        this.evidence = evidence;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The verification");
        String status = facts.string(COMPLETION_STATUS);
        check.require(isOneOf(status, Status.class), "Choose the completion status: complete, in progress, not started or failed.");
        evidence.check(check, facts, execution.getProcessBusinessKey(), Status.COMPLETE.name().equals(status));
        check.require(isOneOf(facts.string(RISK_CATEGORY), Level.class), "Choose the probation risk category: low, medium or high.");
        check.orRefuse();
    }
}
