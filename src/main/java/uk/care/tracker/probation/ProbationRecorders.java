package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;
import static uk.care.tracker.probation.ProbationActionProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.TaskRecorder;
import uk.care.tracker.engine.TaskTimeliness;
import uk.care.tracker.probation.ProbationFormChecks.VerificationStatus;
import uk.care.tracker.probation.ProbationFormChecks.WarningResponse;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * The steps of article example 3 that write a register row, in the article's order, each bean named as the BPMN's
 * {@code delegateExpression} calls it. The rules and the escalation, which also emails, are classes of their own
 * ({@link ApplyProbationEscalationRules}, {@link RaiseProbationEscalation}).
 */
@Configuration(proxyBeanMethods = false)
class ProbationRecorders {

    /** The verification cycle's length in days, as written in the diagram's due-date and timer expressions. */
    static final int VERIFICATION_DAYS = 14;

    private final RegisterWriter registers;

    ProbationRecorders(RegisterWriter registers) {
        this.registers = registers;
    }

    /** Step 1: the agreed action enters the probation action tracker, with its week-12 decision date. */
    @Bean
    JavaDelegate registerProbationAction() {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            registers.append(facts.row(Register.PROBATION_ACTION_TRACKER, "registered", facts.string(INITIATOR), "REGISTERED")
                    .texts(CHECKPOINT, ACTION_DESCRIPTION, COMPETENCY_AREA).dates(DEADLINE).texts(PERSON_RESPONSIBLE)
                    .dates(START_DATE).date("week12_decision_date", WEEK12_DECISION).build());
        };
    }

    /**
     * Step 2: the Mentor's weekly entry in the probation support log. The confidence rating change is worked out
     * against the previous week's rating (none for the first log), and whether the log came in by its Friday is taken
     * from the task itself. The next week's log is then answered afresh.
     */
    @Bean
    JavaDelegate recordMentorSupportLog(TaskTimeliness timeliness) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            CompletedTask log = CompletedTask.of(execution, TASK_MENTOR_SUPPORT_LOG);
            TaskTimeliness.Timeliness due = timeliness.of(log.id());
            int rating = facts.integer(CONFIDENCE_RATING);
            Integer previous = facts.integer(LAST_CONFIDENCE_RATING);
            registers.append(log.row(Register.PROBATION_SUPPORT_LOG, "support-log", "LOG").set("support_week", facts.advance(SUPPORT_WEEK))
                    .set("due_on", due.dueOn()).set("submitted_late", due.late())
                    .set("support_sessions_completed", facts.integer(SUPPORT_SESSIONS)).texts(AREA_PRACTISED)
                    .set("confidence_rating", rating).set("confidence_change", previous == null ? null : rating - previous)
                    .texts(SUPPORT_NOTES).build());
            execution.setVariable(LAST_CONFIDENCE_RATING, rating);
            execution.removeVariables(List.of(SUPPORT_SESSIONS, AREA_PRACTISED, CONFIDENCE_RATING, SUPPORT_NOTES));
        };
    }

    /**
     * Step 2: a weekly log not submitted by the end of its Friday is missed (SPEC section 3). Its task is closed, the
     * support log records the week as missed, and the next week's log comes on its own Friday. A missed log counts as
     * due and not on time in "mentor updates on time".
     */
    @Bean
    JavaDelegate recordMissedSupportLog(DueDates dueDates) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            int week = facts.advance(SUPPORT_WEEK);
            registers.append(facts.systemRow(Register.PROBATION_SUPPORT_LOG, "missed-support-log:" + week, "MISSED")
                    .set("support_week", week).set("due_on", dueDates.weeklyReviewDueDay(facts.date(OPENED_ON), week))
                    .set("submitted_late", false).build());
        };
    }

    /**
     * Step 3: the Deputy Manager's verification goes into the new starter oversight register. A complete action goes on
     * to closure; any other result waits for the next fortnight, answered afresh.
     */
    @Bean
    JavaDelegate recordProbationVerification(TaskTimeliness timeliness) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            CompletedTask verification = CompletedTask.of(execution, TASK_DEPUTY_VERIFICATION);
            TaskTimeliness.Timeliness due = timeliness.of(verification.id());
            String status = facts.string(COMPLETION_STATUS);
            int cycle = facts.integer(VERIFICATION_CYCLE);
            registers.append(verification.row(Register.NEW_STARTER_OVERSIGHT, "verification", "VERIFICATION")
                    .set("verification_cycle", cycle)
                    .set("due_on", due.dueOn()).set("submitted_late", due.late()).texts(COMPLETION_STATUS).flags(EVIDENCE_SEEN)
                    .texts(EVIDENCE_TYPE, EVIDENCE_DESCRIPTION).text("evidence_file_id", EVIDENCE_ID).texts(RISK_CATEGORY)
                    .build());
            boolean complete = VerificationStatus.COMPLETE.name().equals(status);
            execution.setVariable(ACTION_COMPLETE, complete);
            execution.setVariable(ACTION_FAILED, VerificationStatus.FAILED.name().equals(status));
            if (!complete) {
                execution.setVariable(VERIFICATION_CYCLE, cycle + 1);
                // the next verification must be answered afresh, not pre-filled with this one's status and evidence
                execution.removeVariables(List.of(COMPLETION_STATUS, EVIDENCE_SEEN, EVIDENCE_ID));
            }
        };
    }

    /**
     * Step 3: a 14-day verification not done by the end of its due day is missed (SPEC section 3). Its task is closed,
     * new starter oversight records the cycle as missed, and the next verification comes on its own date; the action
     * stays open and the overdue escalation still applies.
     */
    @Bean
    JavaDelegate recordMissedVerification(DueDates dueDates, Clock clock) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            int cycle = facts.advance(VERIFICATION_CYCLE);
            registers.append(facts.systemRow(Register.NEW_STARTER_OVERSIGHT, "missed-verification:" + cycle, "MISSED_VERIFICATION")
                    .set("verification_cycle", cycle).set("submitted_late", false)
                    .set("due_on", clock.dateOf(dueDates.cycleDue(facts.date(OPENED_ON), VERIFICATION_DAYS, cycle).toInstant())).build());
        };
    }

    /**
     * Closure against evidence: the action verified complete is closed in the probation action tracker with the
     * evidence that closed it. An escalated action also leaves enhanced oversight with a closing row in the probation
     * escalation register, which names the interim restriction still recorded, if any.
     */
    @Bean
    JavaDelegate closeProbationAction() {
        return execution -> {
            CompletedTask verification = CompletedTask.of(execution, TASK_DEPUTY_VERIFICATION);
            registers.append(verification.row(Register.PROBATION_ACTION_TRACKER, "closed", "CLOSED")
                    .dates(DEADLINE).texts(EVIDENCE_TYPE, EVIDENCE_DESCRIPTION).text("evidence_file_id", EVIDENCE_ID).build());
            if (ProcessFacts.of(execution).flag(ESCALATED)) {
                registers.append(verification.row(Register.PROBATION_ESCALATION, "closed", "CLOSED")
                        .texts(COMPETENCY_AREA).dates(DEADLINE).texts(INTERIM_RESTRICTION).build());
            }
        };
    }

    /**
     * Step 4: the Registered Manager's overdue reason, interim restriction and revised review date go into the probation
     * escalation register. Enhanced oversight then reviews the action on that date.
     */
    @Bean
    JavaDelegate recordProbationEscalation() {
        return TaskRecorder.of(registers, TASK_PROBATION_ESCALATION, (task, facts) -> task.row(Register.PROBATION_ESCALATION,
                "escalation-review", "ESCALATION_REVIEWED").texts(COMPETENCY_AREA).dates(DEADLINE)
                .texts(ESCALATION_REASON, OVERDUE_REASON, INTERIM_RESTRICTION, RESTRICTION_DETAILS).dates(REVISED_REVIEW_DATE));
    }

    /**
     * Enhanced oversight: each formal review of an escalated action goes into the probation escalation register
     * (progress, the restriction now in force, the next review date); the next review is answered afresh, with the
     * restriction and its details pre-filled as they now stand.
     */
    @Bean
    JavaDelegate recordEnhancedOversightReview() {
        return TaskRecorder.of(registers, TASK_ENHANCED_OVERSIGHT_REVIEW, (task, facts) -> task.row(Register.PROBATION_ESCALATION,
                "oversight-review", "OVERSIGHT_REVIEW").texts(COMPETENCY_AREA).dates(DEADLINE)
                .texts(OVERSIGHT_PROGRESS, INTERIM_RESTRICTION, RESTRICTION_DETAILS).dates(REVISED_REVIEW_DATE))
                .thenAnswerAfresh(OVERSIGHT_PROGRESS);
    }

    /**
     * Early warning sign: the action is still open ten working days before the new starter's week-12 probation decision
     * and no escalation is on record. The warning goes into the new starter oversight register and to the Registered
     * Manager.
     */
    @Bean
    JavaDelegate raiseWeek12EarlyWarning(ProbationProperties probation) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            registers.append(facts.systemRow(Register.NEW_STARTER_OVERSIGHT, "early-warning", "EARLY_WARNING")
                    .date("week12_decision_date", WEEK12_DECISION)
                    .set("notes", "Still open %d working days before the week-%d probation decision on %s, with no escalation on record"
                            .formatted(probation.earlyWarningWorkingDays(), probation.decisionWeek(), facts.date(WEEK12_DECISION)))
                    .build());
        };
    }

    /**
     * The Registered Manager's answer to the week-12 early warning goes into the new starter oversight register.
     * Choosing to escalate documents the escalation the warning asked for: the action enters probation escalation.
     */
    @Bean
    JavaDelegate recordEarlyWarningReview() {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            registers.append(CompletedTask.of(execution, TASK_EARLY_WARNING_REVIEW)
                    .row(Register.NEW_STARTER_OVERSIGHT, "early-warning-review", "EARLY_WARNING_REVIEWED")
                    .date("week12_decision_date", WEEK12_DECISION).texts(WARNING_RESPONSE).text("notes", WARNING_NOTES).build());
            if (WarningResponse.ESCALATE.name().equals(facts.string(WARNING_RESPONSE)) && !facts.flag(ESCALATED)) {
                execution.setVariable(ESCALATION_REASON, "Escalated by the Registered Manager after the week-12 early warning");
            }
        };
    }
}
