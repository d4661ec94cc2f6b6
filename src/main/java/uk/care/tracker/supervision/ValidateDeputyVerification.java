package uk.care.tracker.supervision;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.supervision.SupervisionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.Level;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the Deputy Manager's Friday verification (article example 1, step 2) before it is accepted. */
@Component
public class ValidateDeputyVerification extends FormCheck {

    private final Clock clock;

    public ValidateDeputyVerification(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The verification");
        String clarity = facts.string(OUTCOME_CLARITY);
        check.require("CLEAR".equals(clarity) || "VAGUE".equals(clarity),
                "Say whether the action has a clear, measurable outcome or is too vague.");
        if ("VAGUE".equals(clarity)) {
            check.requireText(facts.string(RETURN_REASON), 5, 2000, "Tell the line manager what is unclear, so they can reword the action");
        } else if ("CLEAR".equals(clarity)) {
            check.require(isOneOf(facts.string(PRIORITY), Level.class), "Choose a priority: low, medium or high.");
            check.requireText(facts.string(EVIDENCE_REQUIRED), 5, 2000, "Say what evidence is required to close the action");
            LocalDate review = check.date(facts.raw(REVIEW_DATE), "review date", true);
            if (review != null && review.isBefore(clock.today())) {
                check.problem("The review date " + review + " has already passed.");
            }
        }
        check.orRefuse();
    }
}
