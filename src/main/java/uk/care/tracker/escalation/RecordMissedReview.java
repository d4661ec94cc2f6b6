package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * A review task left past its due date counts as missed: recorded in its register (the monitoring log for a
 * formal monitoring review, the case review register for a case review) and counted. When the count reaches the
 * process owner's threshold (two), the case goes to senior provider oversight.
 */
@Component
public class RecordMissedReview implements JavaDelegate {

    private final RegisterWriter registers;
    private final DueDates dueDates;

    public RecordMissedReview(RegisterWriter registers, DueDates dueDates) {
        this.registers = registers;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        boolean monitoring = "MONITORING_REVIEW".equals(facts.string(REVIEW_KIND));
        int cycle = facts.integer(monitoring ? MONITORING_CYCLE : CASE_REVIEW_CYCLE);
        int days = facts.integer(monitoring ? MONITORING_REVIEW_DAYS : CASE_REVIEW_DAYS);
        Timestamp due = new Timestamp(dueDates.cycleDue(facts.date(ESCALATED_DATE), days, cycle).getTime());
        Register register = monitoring ? Register.ESCALATED_CASE_MONITORING_LOG : Register.ESCALATED_WORKFORCE_CASE_REVIEW;
        boolean written = registers.append(facts.entry(register, "missed:" + facts.string(REVIEW_KIND) + ":" + cycle)
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", "MISSED_REVIEW")
                .set("review_cycle", cycle)
                .set("review_due", due)
                .build());
        int missed = facts.integer(MISSED_REVIEWS) + (written ? 1 : 0);
        execution.setVariable(MISSED_REVIEWS, missed);
        execution.setVariable(SENIOR_OVERSIGHT_FOR_MISSED_REVIEWS, written && missed == facts.integer(MISSED_REVIEWS_FOR_OVERSIGHT));
    }
}
