package uk.care.tracker.escalation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.Level;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the Registered Manager's fortnightly case review (article example 2, step 4). */
@Component
public class ValidateCaseReview extends FormCheck {

    enum Compliance { FULL, PARTIAL, NONE }

    enum Recheck { PASSED, FAILED, NOT_YET_RECHECKED }

    enum Decision { CONTINUE, CLOSE, REFER_HR }

    private final Clock clock;

    public ValidateCaseReview(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The case review")
                .require(isOneOf(facts.string(ACTION_PLAN_COMPLIANCE), Compliance.class), "Say how far the action plan was complied with.")
                .require(isOneOf(facts.string(REMAINING_RISK), Level.class), "Choose the remaining risk level: low, medium or high.")
                .require(isOneOf(facts.string(RECHECK_OUTCOME), Recheck.class), "Give the outcome of the recheck.")
                .require(isOneOf(facts.string(NEXT_DECISION), Decision.class),
                        "Choose the next escalation decision: continue, close, or refer to the HR pathway.");
        LocalDate meeting = check.date(facts.raw(MEETING_DATE), "date of the performance meeting that signed off the review", true);
        if (meeting != null && meeting.isAfter(clock.today())) {
            check.problem("The review cannot be signed off at a meeting in the future (" + meeting + ").");
        }
        if ("CLOSE".equals(facts.string(NEXT_DECISION)) && "HIGH".equals(facts.string(REMAINING_RISK))) {
            check.problem("A case with high remaining risk cannot be closed: continue it or refer it to the HR pathway.");
        }
        check.orRefuse();
    }
}
