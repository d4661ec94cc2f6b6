package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.sql.Timestamp;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 2, step 4: the fortnightly review enters the escalated workforce case review. A failed recheck
 * rated high risk goes to senior provider oversight (article escalation rule).
 */
@Component
public class RecordCaseReview implements JavaDelegate {

    private final RegisterWriter registers;
    private final DueDates dueDates;

    public RecordCaseReview(RegisterWriter registers, DueDates dueDates) {
        this.registers = registers;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        int cycle = facts.integer(CASE_REVIEW_CYCLE);
        Date due = dueDates.cycleDue(facts.date(ESCALATED_DATE), facts.integer(CASE_REVIEW_DAYS), cycle);
        registers.append(CompletedTask.of(execution, TASK_CASE_REVIEW)
                .row(Register.ESCALATED_WORKFORCE_CASE_REVIEW, "review", "REVIEW")
                .set("review_cycle", cycle).set("review_due", new Timestamp(due.getTime()))
                .texts(ACTION_PLAN_COMPLIANCE, REMAINING_RISK, RECHECK_OUTCOME, NEXT_DECISION).dates(MEETING_DATE)
                .build());
        execution.setVariable(FAILED_HIGH_RISK_RECHECK,
                "FAILED".equals(facts.string(RECHECK_OUTCOME)) && "HIGH".equals(facts.string(REMAINING_RISK)));
        execution.setVariable(CASE_REVIEW_CYCLE, cycle + 1);
    }
}
