package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks a Registered Manager's enhanced oversight review of an escalated probation action. */
@Component
public class ValidateEnhancedOversightReview extends FormCheck {

    private final Clock clock;

    public ValidateEnhancedOversightReview(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The oversight review");
        check.requireText(facts.string(OVERSIGHT_PROGRESS), 10, 2000, "Describe the progress seen since the last review");
        InterimRestriction restriction = OversightPlan.check(check, facts, clock.today());
        check.orRefuse();
        execution.setVariable(INTERIM_RESTRICTION, restriction.name());
    }
}
