package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the Registered Manager's probation escalation (article example 3, step 4) before it is accepted. */
@Component
public class ValidateProbationEscalation extends FormCheck {

    private final Clock clock;

    public ValidateProbationEscalation(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The probation escalation");
        check.requireText(facts.string(OVERDUE_REASON), 5, 2000,
                "Record why the action is overdue or failed (the overdue reason)");
        InterimRestriction restriction = OversightPlan.check(check, facts, clock.today());
        check.orRefuse();
        execution.setVariable(INTERIM_RESTRICTION, restriction.name());
    }
}
