package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 1, step 4: the weekly review goes into the overdue register with the days overdue (worked
 * out, not typed), the reason for delay and the escalation stage; the next week's review is then due.
 */
@Component
public class RecordOverdueReview implements JavaDelegate {

    private final RegisterWriter registers;
    private final Clock clock;
    private final DueDates dueDates;

    public RecordOverdueReview(RegisterWriter registers, Clock clock, DueDates dueDates) {
        this.registers = registers;
        this.clock = clock;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        int cycle = facts.integer(REVIEW_CYCLE);
        registers.append(CompletedTask.of(execution, TASK_OVERDUE_REVIEW)
                .row(Register.OVERDUE_ACTIONS_REGISTER, "weekly-review", "WEEKLY_REVIEW").dates(DEADLINE)
                .set("overdue_days", EnterOverdueActionsRegister.overdueDays(facts.date(DEADLINE), clock.today()))
                .texts(ESCALATION_STAGE, REASON_FOR_DELAY).set("valid_explanation", facts.flag(VALID_EXPLANATION))
                .set("review_cycle", cycle).set("review_due", dueDates.weeklyReviewDueDay(facts.date(ESCALATED_ON), cycle))
                .build());
        execution.setVariable(REVIEW_CYCLE, cycle + 1);
    }
}
