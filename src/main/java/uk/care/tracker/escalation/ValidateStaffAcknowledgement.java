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

/** Who acknowledged the plan, when and how; a refusal to sign is recorded as such, with notes. */
@Component
public class ValidateStaffAcknowledgement extends FormCheck {

    enum Method { SIGNED_PAPER, SIGNED_ELECTRONICALLY, VERBAL, REFUSED }

    private final Clock clock;

    public ValidateStaffAcknowledgement(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The acknowledgement")
                .requireText(facts.string(ACKNOWLEDGED_BY), 2, 200, "Give the name of the person who acknowledged the plan")
                .require(isOneOf(facts.string(ACKNOWLEDGEMENT_METHOD), Method.class), "Choose how the plan was acknowledged.");
        LocalDate on = check.date(facts.raw(ACKNOWLEDGED_ON), "date of the acknowledgement", true);
        if (on != null && on.isAfter(clock.today())) {
            check.problem("The acknowledgement date " + on + " is in the future.");
        }
        LocalDate escalated = facts.date(ESCALATED_DATE);
        if (on != null && escalated != null && on.isBefore(escalated)) {
            check.problem("The plan cannot have been acknowledged (" + on + ") before the case was escalated (" + escalated + ").");
        }
        if (Method.REFUSED.name().equals(facts.string(ACKNOWLEDGEMENT_METHOD))) {
            check.requireText(facts.string(ACKNOWLEDGEMENT_NOTES), 5, 2000, "Say what the staff member said when refusing to sign");
        }
        check.orRefuse();
    }
}
