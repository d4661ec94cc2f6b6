package uk.care.tracker.governance;

import static uk.care.tracker.governance.GovernanceVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** The Quality Lead's analysis and the record of the governance meeting's challenge must both be there. */
@Component
class ValidateGovernanceReview extends FormCheck {

    private final Clock clock;

    public ValidateGovernanceReview(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The governance review")
                .requireText(facts.string(ANALYSIS), 20, 4000, "Write your analysis of the month's figures")
                .requireText(facts.string(CHALLENGE), 10, 4000, "Record the challenge raised at the governance meeting")
                .requireText(facts.string(DECISIONS), 10, 4000, "Record what the meeting decided");
        LocalDate meeting = check.date(facts.raw(MEETING_DATE), "date of the governance meeting", true);
        if (meeting != null && meeting.isAfter(clock.today())) {
            check.problem("The meeting date " + meeting + " is in the future; record the meeting after it has taken place.");
        }
        LocalDate periodEnd = facts.date(PERIOD_TO);
        if (meeting != null && periodEnd != null && !meeting.isAfter(periodEnd)) {
            check.problem("The meeting reviewing the month to " + periodEnd + " must be held after it.");
        }
        check.orRefuse();
        execution.setVariable(IMPROVEMENT_ACTIONS_TO_ADD, Boolean.parseBoolean(String.valueOf(facts.raw(IMPROVEMENT_ACTIONS_TO_ADD))));
    }
}
