package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.ProcessFacts;

/**
 * The part that the Registered Manager's probation escalation and every enhanced oversight review share: the
 * interim restriction in force, what it means in practice (or why none is needed), and the revised review date,
 * which is the next formal review. Enhanced oversight means the review comes round at least every fortnight.
 */
final class OversightPlan {

    static final int MAX_DAYS_TO_NEXT_REVIEW = 14;

    private OversightPlan() {
    }

    /** Adds every problem to {@code check}; answers the restriction chosen (null when there is none to read). */
    static InterimRestriction check(EntryCheck check, ProcessFacts facts, LocalDate today) {
        InterimRestriction restriction = check.choice(facts.raw(INTERIM_RESTRICTION), InterimRestriction.class,
                "Choose the interim restriction applied, or 'no restriction'.");
        check.requireText(facts.string(RESTRICTION_DETAILS), 10, 2000,
                "Say what the restriction means in practice, or why no restriction is needed");
        LocalDate review = check.date(facts.raw(REVISED_REVIEW_DATE), "revised review date", true);
        if (review != null && !review.isAfter(today)) {
            check.problem("The revised review date must be after today (" + today + ").");
        } else if (review != null && review.isAfter(today.plusDays(MAX_DAYS_TO_NEXT_REVIEW))) {
            check.problem("Under enhanced oversight the next review must be within " + MAX_DAYS_TO_NEXT_REVIEW
                    + " days: choose a date no later than " + today.plusDays(MAX_DAYS_TO_NEXT_REVIEW) + ".");
        }
        return restriction;
    }

    /** Checks the plan with what else the form asked, refuses on any problem, and keeps the restriction by name. */
    static void checkAndKeep(EntryCheck check, ProcessFacts facts, DelegateExecution execution, LocalDate today) {
        InterimRestriction restriction = check(check, facts, today);
        check.orRefuse();
        execution.setVariable(INTERIM_RESTRICTION, restriction.name());
    }
}
