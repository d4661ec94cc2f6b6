package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;
import static uk.care.tracker.supervision.SupervisionActionProcess.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.RegisterRow;
import uk.care.tracker.engine.TaskRecorder;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * The steps of article example 1 that write what a task collected into a register (and move the process on a little),
 * in the article's order, each bean named as the BPMN's {@code delegateExpression} calls it. The escalation, which also
 * emails, is a class of its own ({@link EnterOverdueActionsRegister}).
 */
@Configuration(proxyBeanMethods = false)
class SupervisionRecorders {

    private final RegisterWriter registers;

    SupervisionRecorders(RegisterWriter registers) {
        this.registers = registers;
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
     * Step 3: the follow-up check goes into the action closure log with the evidence seen. A complete action is closed
     * here; an escalated one also leaves the overdue register with a closing row. An incomplete one waits for the next
     * check on the date the manager gave, answered afresh.
     */
    @Bean
    JavaDelegate recordClosureEvidence() {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            CompletedTask followUp = CompletedTask.of(execution, TASK_FOLLOW_UP_CHECK);
            boolean closed = "COMPLETE".equals(facts.string(COMPLETION_STATUS));
            registers.append(followUp.row(Register.ACTION_CLOSURE_LOG, "follow-up").flags(EVIDENCE_SEEN).dates(DATE_CHECKED)
                    .texts(COMPLETION_STATUS, EVIDENCE_TYPE, EVIDENCE_DESCRIPTION).text("evidence_file_id", EVIDENCE_ID)
                    .set("next_check_date", closed ? null : facts.date(NEXT_CHECK_DATE)).set("closed", closed).build());
            if (closed && facts.flag(ESCALATED)) {
                registers.append(followUp.row(Register.OVERDUE_ACTIONS_REGISTER, "closed", "CLOSED").dates(DEADLINE).build());
            }
            execution.setVariable(ACTION_CLOSED, closed);
            if (!closed) {
                execution.setVariable(FOLLOW_UP_DUE, facts.string(NEXT_CHECK_DATE));
                execution.removeVariables(List.of(EVIDENCE_SEEN, COMPLETION_STATUS, DATE_CHECKED, EVIDENCE_ID, NEXT_CHECK_DATE));
            }
        };
    }

    /**
     * Step 4: the weekly review goes into the overdue register with the days overdue (worked out, not typed), the
     * reason for delay and the escalation stage; the next week's review is then due.
     */
    @Bean
    JavaDelegate recordOverdueReview(Clock clock, DueDates dueDates) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            int cycle = facts.advance(REVIEW_CYCLE);
            registers.append(weekOverdue(facts, clock, dueDates, CompletedTask.of(execution, TASK_OVERDUE_REVIEW)
                    .row(Register.OVERDUE_ACTIONS_REGISTER, "weekly-review", "WEEKLY_REVIEW"), cycle)
                    .texts(ESCALATION_STAGE, REASON_FOR_DELAY).flags(VALID_EXPLANATION).build());
        };
    }

    /**
     * Step 4: a weekly overdue review not done by the end of its Friday is missed (SPEC section 3). Its task is
     * closed, the register records the week as missed, and the next week's review comes on its own Friday; the
     * action stays escalated until it is closed.
     */
    @Bean
    JavaDelegate recordMissedOverdueReview(Clock clock, DueDates dueDates) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            int cycle = facts.advance(REVIEW_CYCLE);
            registers.append(weekOverdue(facts, clock, dueDates, facts.systemRow(Register.OVERDUE_ACTIONS_REGISTER,
                    "missed-weekly-review:" + cycle, "MISSED_REVIEW"), cycle).build());
        };
    }

    /**
     * Step 4: where the deadline was missed without a valid explanation, the remedial owner named by the Registered
     * Manager takes over the action: the register says so, and the open follow-up check moves to them.
     */
    @Bean
    JavaDelegate assignRemedialOwnership(TaskService tasks) {
        return execution -> {
            String owner = ProcessFacts.of(execution).string(REMEDIAL_OWNER);
            registers.append(CompletedTask.of(execution, TASK_ASSIGN_REMEDIAL_OWNERSHIP)
                    .row(Register.OVERDUE_ACTIONS_REGISTER, "remedial-ownership", "REMEDIAL_OWNERSHIP").dates(DEADLINE)
                    .set("escalation_stage", "REMEDIAL_OWNERSHIP").text("escalation_reason", REASON_FOR_DELAY)
                    .texts(REMEDIAL_OWNER, REMEDIAL_PLAN).build());
            execution.setVariable(MANAGER_RESPONSIBLE, owner);
            for (Task followUp : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(TASK_FOLLOW_UP_CHECK).list()) {
                tasks.setAssignee(followUp.getId(), owner);
            }
        };
    }

    /** What the weekly review rows share: the deadline, the days past it, the week and its Friday. */
    private static RegisterRow weekOverdue(ProcessFacts facts, Clock clock, DueDates dueDates, RegisterRow row, int cycle) {
        return row.dates(DEADLINE).set("overdue_days", overdueDays(facts.date(DEADLINE), clock.today()))
                .set("review_cycle", cycle).set("review_due", dueDates.weeklyReviewDueDay(facts.date(ESCALATED_ON), cycle));
    }

    /** Calendar days past the deadline: 1 on the day after it. */
    static int overdueDays(LocalDate deadline, LocalDate today) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(deadline, today));
    }
}
