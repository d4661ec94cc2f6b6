package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.RegisterRow;
import uk.care.tracker.engine.TaskRecorder;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * The steps of article example 1 that only write a register row, in the article's order. Each bean is named as the
 * BPMN's {@code delegateExpression} calls it. Steps with more to do are classes of their own
 * ({@link EnterOverdueActionsRegister}, {@link RecordClosureEvidence}, {@link AssignRemedialOwnership}).
 */
@Configuration(proxyBeanMethods = false)
class SupervisionRecorders {

    private final RegisterWriter registers;
    private final Clock clock;
    private final DueDates dueDates;

    SupervisionRecorders(RegisterWriter registers, Clock clock, DueDates dueDates) {
        this.registers = registers;
        this.clock = clock;
        this.dueDates = dueDates;
    }

    /** Step 1: the agreed action enters the action tracker (and so the weekly actions report). */
    @Bean
    JavaDelegate registerSupervisionAction() {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            registers.append(facts.row(Register.ACTION_TRACKER, "registered", facts.string(INITIATOR), "REGISTERED")
                    .texts(ACTION_DESCRIPTION, ACTION_CATEGORY).dates(DEADLINE, SUPERVISION_DATE)
                    .texts(MANAGER_RESPONSIBLE).flags(LATE_ENTRY).build());
            execution.setVariable(FOLLOW_UP_DUE, facts.string(DEADLINE));
        };
    }

    /**
     * Step 2: the verification columns of the action tracker. A clear action gets its priority, the evidence
     * required for closure and a review date; a vague one is recorded as returned for rewording.
     */
    @Bean
    JavaDelegate recordDeputyVerification() {
        return TaskRecorder.of(registers, TASK_DEPUTY_VERIFICATION, (task, facts) -> "VAGUE".equals(facts.string(OUTCOME_CLARITY))
                ? task.row(Register.ACTION_TRACKER, "verification", "RETURNED_FOR_REWORDING").texts(RETURN_REASON)
                : task.row(Register.ACTION_TRACKER, "verification", "VERIFIED").texts(PRIORITY, EVIDENCE_REQUIRED).dates(REVIEW_DATE));
    }

    /** Step 2: the Line Manager's rewording of a vague action, as a new tracker row (the original stays as it was). */
    @Bean
    JavaDelegate recordRewordedAction() {
        return TaskRecorder.of(registers, TASK_REWORD_ACTION,
                (task, facts) -> task.row(Register.ACTION_TRACKER, "reworded", "REWORDED").texts(ACTION_DESCRIPTION));
    }

    /**
     * Step 4: the weekly review goes into the overdue register with the days overdue (worked out, not typed), the
     * reason for delay and the escalation stage; the next week's review is then due.
     */
    @Bean
    JavaDelegate recordOverdueReview() {
        return TaskRecorder.of(registers, TASK_OVERDUE_REVIEW, (task, facts) -> weekOverdue(facts,
                task.row(Register.OVERDUE_ACTIONS_REGISTER, "weekly-review", "WEEKLY_REVIEW"), facts.advance(REVIEW_CYCLE))
                .texts(ESCALATION_STAGE, REASON_FOR_DELAY).flags(VALID_EXPLANATION));
    }

    /**
     * Step 4: a weekly overdue review not done by the end of its Friday is missed (SPEC section 3). Its task is
     * closed, the register records the week as missed, and the next week's review comes on its own Friday; the
     * action stays escalated until it is closed.
     */
    @Bean
    JavaDelegate recordMissedOverdueReview() {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            int cycle = facts.advance(REVIEW_CYCLE);
            registers.append(weekOverdue(facts, facts.systemRow(Register.OVERDUE_ACTIONS_REGISTER,
                    "missed-weekly-review:" + cycle, "MISSED_REVIEW"), cycle).build());
        };
    }

    /** What the weekly review rows share: the deadline, the days past it, the week and its Friday. */
    private RegisterRow weekOverdue(ProcessFacts facts, RegisterRow row, int cycle) {
        return row.dates(DEADLINE).set("overdue_days", overdueDays(facts.date(DEADLINE), clock.today()))
                .set("review_cycle", cycle).set("review_due", dueDates.weeklyReviewDueDay(facts.date(ESCALATED_ON), cycle));
    }

    /** Calendar days past the deadline: 1 on the day after it. */
    static int overdueDays(LocalDate deadline, LocalDate today) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(deadline, today));
    }
}
