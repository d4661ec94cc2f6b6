package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;
import static uk.care.tracker.escalation.EscalatedCaseProcess.*;

import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.TaskRecorder;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * The steps of article example 2 that write what a task collected into a register, in the article's order, each
 * bean named as the BPMN's {@code delegateExpression} calls it. The rules and the escalation to senior oversight are
 * classes of their own ({@link CheckMeasurableProgress}, {@link RecordMissedReview}, {@link EnterServiceImprovementPlan}).
 */
@Configuration(proxyBeanMethods = false)
class EscalationRecorders {

    private final RegisterWriter registers;

    EscalationRecorders(RegisterWriter registers) {
        this.registers = registers;
    }

    /** Step 1: the case is opened in the formal supervision escalation tracker. */
    @Bean
    JavaDelegate openEscalatedCase() {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            registers.append(facts.row(Register.FORMAL_ESCALATION_TRACKER, "opened", facts.string(OPENED_BY), "OPENED")
                    .texts(CONCERN_TYPE, THRESHOLD_MET).dates(CONCERN_CONFIRMED_DATE, ESCALATED_DATE).flags(LATE_ENTRY)
                    .dates(TARGET_CLOSURE_DATE).texts(LINE_MANAGER, LINKED_ACTIONS).text("linked_case", REPEAT_CONCERN_OFFER)
                    .build());
        };
    }

    /** Step 2: the improvement requirements enter the escalation action plan. */
    @Bean
    JavaDelegate recordActionPlan() {
        return TaskRecorder.of(registers, TASK_ACTION_PLAN, (task, facts) -> task.row(Register.ESCALATION_ACTION_PLAN, "plan", "PLAN")
                .texts(CORRECTIVE_ACTION).dates(REVIEW_MEETING_DATE).texts(RECHECK_METHOD, RECHECK_DETAILS));
    }

    /** Step 2: the staff member signs a clear, time-bound support document. */
    @Bean
    JavaDelegate recordStaffAcknowledgement() {
        return TaskRecorder.of(registers, TASK_STAFF_ACKNOWLEDGEMENT, (task, facts) -> task.row(Register.ESCALATION_ACTION_PLAN,
                "acknowledgement", "ACKNOWLEDGED").texts(ACKNOWLEDGED_BY).dates(ACKNOWLEDGED_ON)
                .texts(ACKNOWLEDGEMENT_METHOD, ACKNOWLEDGEMENT_NOTES));
    }

    /** Step 3: an interim check enters the monitoring log; a new entry task opens after it. */
    @Bean
    JavaDelegate recordMonitoringCheck(MonitoringEntry monitoring) {
        return execution -> monitoring.record(execution, MonitoringEntry.CHECK, null);
    }

    /** Step 3: the formal review of the week enters the monitoring log; the next week's is due. */
    @Bean
    JavaDelegate recordMonitoringReview(MonitoringEntry monitoring) {
        return execution -> monitoring.record(execution, MonitoringEntry.REVIEW, ProcessFacts.of(execution).advance(MONITORING_CYCLE));
    }

    /**
     * Step 4: the fortnightly review enters the escalated workforce case review. A failed recheck rated high risk goes
     * to senior provider oversight (article escalation rule).
     */
    @Bean
    JavaDelegate recordCaseReview(DueDates dueDates) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            int cycle = facts.advance(CASE_REVIEW_CYCLE);
            Timestamp due = new Timestamp(dueDates.cycleDue(facts.date(ESCALATED_DATE), facts.integer(CASE_REVIEW_DAYS), cycle).getTime());
            registers.append(CompletedTask.of(execution, TASK_CASE_REVIEW).row(Register.ESCALATED_WORKFORCE_CASE_REVIEW, "review", "REVIEW")
                    .set("review_cycle", cycle).set("review_due", due)
                    .texts(ACTION_PLAN_COMPLIANCE, REMAINING_RISK, RECHECK_OUTCOME, NEXT_DECISION).dates(MEETING_DATE).build());
            execution.setVariable(FAILED_HIGH_RISK_RECHECK,
                    "FAILED".equals(facts.string(RECHECK_OUTCOME)) && "HIGH".equals(facts.string(REMAINING_RISK)));
        };
    }

    /**
     * Step 5: the HR Lead's decision enters the workforce case closure register, and the case leaves the formal
     * escalation tracker as closed or advanced.
     */
    @Bean
    JavaDelegate recordCaseClosure() {
        return execution -> {
            CompletedTask decision = CompletedTask.of(execution, TASK_HR_CLOSE_OR_ADVANCE);
            registers.append(decision.row(Register.WORKFORCE_CASE_CLOSURE_REGISTER, "closure")
                    .texts(CASE_OUTCOME, EVIDENCE_SUPPORTING_CLOSURE, HR_PATHWAY).dates(TARGET_CLOSURE_DATE).build());
            registers.append(decision.row(Register.FORMAL_ESCALATION_TRACKER, "ended", ProcessFacts.of(execution).string(CASE_OUTCOME))
                    .texts(CONCERN_TYPE).dates(TARGET_CLOSURE_DATE).build());
        };
    }

    /** Escalation: the senior leaders' response and improvement actions are added to the service improvement plan. */
    @Bean
    JavaDelegate recordSeniorOversight() {
        return TaskRecorder.of(registers, TASK_SENIOR_OVERSIGHT_REVIEW, (task, facts) -> task.row(Register.SERVICE_IMPROVEMENT_PLAN,
                "senior-response", "SENIOR_RESPONSE").text("trigger_code", OVERSIGHT_TRIGGER)
                .texts(OVERSIGHT_RESPONSE, IMPROVEMENT_ACTIONS));
    }
}
