package uk.care.tracker.supervision;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.supervision.SupervisionVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.evidence.ClosureEvidence;

/**
 * Checks the Line Manager's follow-up (article example 1, step 3). An action cannot be closed as complete
 * without evidence: the manager must have seen it and describe it; an attachment, if referenced, must exist
 * (the evidence rules shared with the probation verification, {@link ClosureEvidence}).
 */
@Component
class ValidateFollowUpCheck extends FormCheck {

    enum CompletionStatus { COMPLETE, PARTIALLY_COMPLETE, NOT_COMPLETE }

    private final Clock clock;
    private final ClosureEvidence evidence;

    public ValidateFollowUpCheck(Clock clock, ClosureEvidence evidence) {
        this.clock = clock;
        this.evidence = evidence;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The follow-up check");
        LocalDate today = clock.today();
        String status = facts.string(COMPLETION_STATUS);
        check.require(isOneOf(status, CompletionStatus.class), "Choose the completion status.");
        LocalDate checked = check.dateNotFuture(facts.raw(DATE_CHECKED), "date checked", today);
        LocalDate supervision = facts.date(SUPERVISION_DATE);
        if (checked != null && supervision != null && checked.isBefore(supervision)) {
            check.problem("The date checked " + checked + " is before the supervision on " + supervision + ".");
        }
        evidence.check(check, facts, execution.getProcessBusinessKey(), "COMPLETE".equals(status));
        if (status != null && !"COMPLETE".equals(status)) {
            LocalDate next = check.date(facts.raw(NEXT_CHECK_DATE), "date of the next check", true);
            if (next != null && next.isBefore(today)) {
                check.problem("The next check on " + next + " would already be in the past.");
            }
        }
        check.orRefuse();
    }
}
