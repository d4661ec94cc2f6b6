package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.registers.RegisterWriter;

/**
 * A review not done by the end of its due day is missed (SPEC section 3): its task is closed, the miss is recorded
 * in its register (the monitoring log for a formal monitoring review, the case review register for a case
 * review), and the next cycle's review comes on its own date. Missed reviews of both kinds are counted from the
 * registers; when the count reaches the process owner's threshold (two), the case goes to senior provider
 * oversight.
 */
@Component
class RecordMissedReview implements JavaDelegate {

    private final RegisterWriter registers;
    private final DueDates dueDates;
    private final RegisterReader reader;

    public RecordMissedReview(RegisterWriter registers, DueDates dueDates, RegisterReader reader) {
        this.registers = registers;
        this.dueDates = dueDates;
        this.reader = reader;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        boolean monitoring = "MONITORING_REVIEW".equals(facts.string(REVIEW_KIND));
        String cycleVariable = monitoring ? MONITORING_CYCLE : CASE_REVIEW_CYCLE;
        int cycle = facts.advance(cycleVariable);
        int days = facts.integer(monitoring ? MONITORING_REVIEW_DAYS : CASE_REVIEW_DAYS);
        Timestamp due = new Timestamp(dueDates.cycleDue(facts.date(ESCALATED_DATE), days, cycle).getTime());
        Register register = monitoring ? Register.ESCALATED_CASE_MONITORING_LOG : Register.ESCALATED_WORKFORCE_CASE_REVIEW;
        boolean written = registers.append(facts.systemRow(register, "missed:" + facts.string(REVIEW_KIND) + ":" + cycle, "MISSED_REVIEW")
                .set("review_cycle", cycle).set("review_due", due).build());
        int missed = missedReviews(execution.getProcessBusinessKey());
        execution.setVariable(MISSED_REVIEWS, missed);
        execution.setVariable(SENIOR_OVERSIGHT_FOR_MISSED_REVIEWS, written && missed == facts.integer(MISSED_REVIEWS_FOR_OVERSIGHT));
    }

    /** Missed formal monitoring reviews and case reviews of the case, as the registers hold them (corrections applied). */
    int missedReviews(String businessKey) {
        return count(Register.ESCALATED_CASE_MONITORING_LOG, businessKey) + count(Register.ESCALATED_WORKFORCE_CASE_REVIEW, businessKey);
    }

    private int count(Register register, String businessKey) {
        return reader.where(register, "business_key = ? AND entry_type = 'MISSED_REVIEW'", businessKey).size();
    }
}
