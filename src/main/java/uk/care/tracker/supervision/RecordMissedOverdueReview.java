package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 1, step 4: a weekly Registered Manager overdue review not done by the end of its Friday is missed
 * (SPEC section 3). Its task is closed, the overdue actions register records the week as missed, and the next
 * week's review comes on its own Friday; the action stays escalated until it is closed.
 */
@Component
public class RecordMissedOverdueReview implements JavaDelegate {

    private final RegisterWriter registers;
    private final DueDates dueDates;
    private final Clock clock;

    public RecordMissedOverdueReview(RegisterWriter registers, DueDates dueDates, Clock clock) {
        this.registers = registers;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        int cycle = facts.integer(REVIEW_CYCLE);
        registers.append(facts.entry(Register.OVERDUE_ACTIONS_REGISTER, "missed-weekly-review:" + cycle)
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", "MISSED_REVIEW")
                .set("deadline", facts.date(DEADLINE))
                .set("overdue_days", EnterOverdueActionsRegister.overdueDays(facts.date(DEADLINE), clock.today()))
                .set("review_cycle", cycle)
                .set("review_due", dueDates.weeklyReviewDueDay(facts.date(ESCALATED_ON), cycle))
                .build());
        execution.setVariable(REVIEW_CYCLE, cycle + 1);
    }
}
