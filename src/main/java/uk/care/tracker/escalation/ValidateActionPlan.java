package uk.care.tracker.escalation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the Line Manager's escalation action plan (article example 2, step 2). */
@Component
public class ValidateActionPlan extends FormCheck {

    enum RecheckMethod { OBSERVATION, AUDIT, SUPERVISION, COMPETENCY_ASSESSMENT, OTHER }

    private final Clock clock;

    public ValidateActionPlan(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The action plan")
                .requireText(facts.string(CORRECTIVE_ACTION), 10, 4000, "Describe the corrective action required")
                .require(isOneOf(facts.string(RECHECK_METHOD), RecheckMethod.class), "Choose how the improvement will be rechecked.");
        if (RecheckMethod.OTHER.name().equals(facts.string(RECHECK_METHOD))) {
            check.requireText(facts.string(RECHECK_DETAILS), 5, 2000, "Describe the recheck method");
        }
        LocalDate meeting = check.date(facts.raw(REVIEW_MEETING_DATE), "review meeting date", true);
        if (meeting != null && meeting.isBefore(clock.today())) {
            check.problem("The review meeting date " + meeting + " has already passed.");
        }
        check.orRefuse();
    }
}
