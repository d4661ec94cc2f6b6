package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 3, step 1: a weekly log not submitted by the end of its Friday is missed (SPEC section 3). Its
 * task is closed, the probation support log records the week as missed, and the next week's log comes on its own
 * Friday. A missed log counts as due and not on time in "mentor updates on time".
 */
@Component
public class RecordMissedSupportLog implements JavaDelegate {

    static final String MISSED = "MISSED";

    private final RegisterWriter registers;
    private final DueDates dueDates;

    public RecordMissedSupportLog(RegisterWriter registers, DueDates dueDates) {
        this.registers = registers;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        int week = facts.integer(SUPPORT_WEEK);
        registers.append(facts.entry(Register.PROBATION_SUPPORT_LOG, "missed-support-log:" + week)
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", MISSED)
                .set("support_week", week)
                .set("due_on", dueDates.weeklyReviewDueDay(facts.date(OPENED_ON), week))
                .set("submitted_late", false)
                .build());
        execution.setVariable(SUPPORT_WEEK, week + 1);
    }
}
