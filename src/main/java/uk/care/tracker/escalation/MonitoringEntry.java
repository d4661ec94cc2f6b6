package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;
import static uk.care.tracker.escalation.EscalatedCaseProcess.*;

import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 2, step 3: one entry in the escalated case monitoring log, from an interim check or a formal
 * review. Both forms ask the same three things under their own keys (the two tasks are open side by side).
 * The first and the latest progress rating are kept for the 28-day progress test.
 */
@Component
public class MonitoringEntry {

    /** The form keys of one kind of entry, and the task that submits it. */
    public record Keys(String entryType, String taskId, String shiftObservations, String auditFindings, String progressRating) {
    }

    static final Keys CHECK = new Keys("INTERIM_CHECK", TASK_MONITORING_CHECK,
            CHECK_SHIFT_OBSERVATIONS, CHECK_AUDIT_FINDINGS, CHECK_PROGRESS_RATING);
    static final Keys REVIEW = new Keys("FORMAL_REVIEW", TASK_MONITORING_REVIEW,
            REVIEW_SHIFT_OBSERVATIONS, REVIEW_AUDIT_FINDINGS, REVIEW_PROGRESS_RATING);

    private final RegisterWriter registers;
    private final DueDates dueDates;

    public MonitoringEntry(RegisterWriter registers, DueDates dueDates) {
        this.registers = registers;
        this.dueDates = dueDates;
    }

    void check(ProcessFacts facts, Keys keys) {
        EntryCheck check = new EntryCheck("The monitoring entry");
        Integer observations = number(facts, keys.shiftObservations(), check, "the number of shift observations completed");
        check.require(observations == null || (observations >= 0 && observations <= 100),
                "The number of shift observations must be between 0 and 100.");
        check.requireText(facts.string(keys.auditFindings()), 5, 4000, "Describe the audit findings since the escalation");
        Integer rating = number(facts, keys.progressRating(), check, "the progress rating");
        check.require(rating == null || (rating >= 1 && rating <= 5), "The progress rating goes from 1 (none) to 5 (fully met).");
        check.orRefuse();
    }

    void record(DelegateExecution execution, Keys keys, Integer reviewCycle) {
        ProcessFacts facts = ProcessFacts.of(execution);
        int rating = facts.integer(keys.progressRating());
        Timestamp due = reviewCycle == null ? null : new Timestamp(dueDates.cycleDue(facts.date(ESCALATED_DATE),
                facts.integer(MONITORING_REVIEW_DAYS), reviewCycle).getTime());
        registers.append(CompletedTask.of(execution, keys.taskId())
                .row(Register.ESCALATED_CASE_MONITORING_LOG, keys.entryType().toLowerCase(), keys.entryType())
                .set("review_cycle", reviewCycle).set("review_due", due)
                .set("shift_observations", facts.integer(keys.shiftObservations()))
                .set("audit_findings", facts.string(keys.auditFindings())).set("progress_rating", rating)
                .build());
        if (facts.integer(FIRST_PROGRESS_RATING) == null) {
            execution.setVariable(FIRST_PROGRESS_RATING, rating);
        }
        execution.setVariable(LATEST_PROGRESS_RATING, rating);
        // the next entry starts from an empty form
        execution.removeVariables(java.util.List.of(keys.shiftObservations(), keys.auditFindings(), keys.progressRating()));
    }

    private static Integer number(ProcessFacts facts, String key, EntryCheck check, String what) {
        try {
            Integer value = facts.integer(key);
            check.require(value != null, "Enter " + what + ".");
            return value;
        } catch (NumberFormatException e) {
            check.problem("Enter " + what + " as a whole number.");
            return null;
        }
    }
}
