package uk.care.tracker.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static uk.care.tracker.supervision.SupervisionActionProcess.*;
import static uk.care.tracker.support.PathTestEngine.SOME_DAY;
import static uk.care.tracker.support.PathTestEngine.sets;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.care.tracker.support.PathTestEngine;

/**
 * Every path of {@code supervision-action.bpmn} with the application's delegates and checks mocked: which task
 * comes next after each answer, each gateway branch, and the escalation timers fired by executing their jobs.
 * What the delegates write is tested with the whole application in {@code SupervisionActionProcessIT}.
 */
@Deployment(resources = RESOURCE)
class SupervisionActionPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PathTestEngine.extension();

    private Map<String, Object> beans;

    @BeforeEach
    void mockTheApplication(ProcessEngine processEngine) {
        init(processEngine);
        beans = PathTestEngine.mockBeans(RESOURCE);
        sets(beans.get("recordClosureEvidence"), "actionClosed", true);
        sets(beans.get("enterOverdueActionsRegister"), "escalated", true, "escalatedOn", "2026-12-01", "reviewCycle", 1);
    }

    private JavaDelegate delegate(String bean) {
        return (JavaDelegate) beans.get(bean);
    }

    private ProcessInstance openAction() {
        ProcessInstance action = runtimeService().startProcessInstanceByKey(KEY, "SA-2026-000001", withVariables(
                Start.STAFF_ID, "S001", Start.ACTION_DESCRIPTION, "Complete the medication refresher",
                Start.ACTION_CATEGORY, "MEDICATION", Start.DEADLINE, "2026-12-18",
                Start.MANAGER_RESPONSIBLE, "line.manager", "initiator", "line.manager",
                "followUpDue", "2026-12-18", "escalateAt", SOME_DAY));
        assertThat(action).isWaitingAt(TASK_REGISTER_ACTION);
        execute(job(TASK_REGISTER_ACTION));
        execute(job(TASK_DETECT_REPEATED_CONCERN));
        execute(job(TASK_APPLY_ESCALATION_RULES));
        assertThat(action).isWaitingAt(TASK_DEPUTY_VERIFICATION);
        return action;
    }

    private void verifyAs(ProcessInstance action, String clarity) {
        complete(task(TASK_DEPUTY_VERIFICATION, action), withVariables("outcomeClarity", clarity));
        execute(job(TASK_RECORD_VERIFICATION, action));
    }

    @Test
    void a_clear_action_closed_with_evidence_ends_the_process() throws Exception {
        ProcessInstance action = openAction();
        verifyAs(action, "CLEAR");
        assertThat(action).isWaitingAt(TASK_FOLLOW_UP_CHECK);
        assertThat(task(TASK_FOLLOW_UP_CHECK, action)).isAssignedTo("line.manager");

        complete(task(TASK_FOLLOW_UP_CHECK, action));
        execute(job(TASK_RECORD_CLOSURE_EVIDENCE, action));

        assertThat(action).hasPassedInOrder(TASK_REGISTER_ACTION, TASK_DETECT_REPEATED_CONCERN,
                TASK_APPLY_ESCALATION_RULES, TASK_DEPUTY_VERIFICATION, TASK_FOLLOW_UP_CHECK, END_EVENT_ACTION_CLOSED)
                .hasNotPassed(TASK_REWORD_ACTION, TASK_ENTER_OVERDUE_REGISTER).isEnded();
        verify(delegate("registerSupervisionAction")).execute(any());
        verify(delegate("detectRepeatedConcern")).execute(any());
        verify(delegate("applyEscalationRules")).execute(any());
        verify(delegate("recordDeputyVerification")).execute(any());
        verify(delegate("recordClosureEvidence")).execute(any());
        verify(delegate("enterOverdueActionsRegister"), never()).execute(any());
    }

    @Test
    void a_vague_action_goes_back_to_its_line_manager_and_then_to_verification_again() throws Exception {
        ProcessInstance action = openAction();
        verifyAs(action, "VAGUE");
        assertThat(action).isWaitingAt(TASK_REWORD_ACTION);
        assertThat(task(TASK_REWORD_ACTION, action)).isAssignedTo("line.manager");

        complete(task(TASK_REWORD_ACTION, action));
        execute(job(TASK_RECORD_REWORDING, action));

        assertThat(action).isWaitingAt(TASK_DEPUTY_VERIFICATION).hasNotPassed(TASK_FOLLOW_UP_CHECK);
        verify(delegate("recordRewordedAction")).execute(any());
    }

    @Test
    void an_action_not_yet_complete_is_checked_again() {
        sets(beans.get("recordClosureEvidence"), "actionClosed", false);
        ProcessInstance action = openAction();
        verifyAs(action, "CLEAR");
        complete(task(TASK_FOLLOW_UP_CHECK, action));
        execute(job(TASK_RECORD_CLOSURE_EVIDENCE, action));

        assertThat(action).isNotEnded().isWaitingAt(TASK_FOLLOW_UP_CHECK).hasNotPassed(END_EVENT_ACTION_CLOSED);
    }

    /** The escalation threshold passes while the action is open: the overdue register, then the weekly review. */
    private void escalate(ProcessInstance action) {
        execute(job(START_EVENT_ESCALATION_DUE, action));
        execute(job(TASK_ENTER_OVERDUE_REGISTER, action));
        assertThat(action).isWaitingAt(TASK_OVERDUE_REVIEW, TASK_DEPUTY_VERIFICATION);
        assertThat(task(TASK_OVERDUE_REVIEW, action)).hasCandidateGroup("registered-managers");
    }

    @Test
    void a_missed_deadline_without_a_valid_explanation_needs_a_remedial_owner() throws Exception {
        ProcessInstance action = openAction();
        escalate(action);

        complete(task(TASK_OVERDUE_REVIEW, action), withVariables("validExplanation", false));
        execute(job(TASK_RECORD_OVERDUE_REVIEW, action));
        assertThat(action).isWaitingAt(TASK_ASSIGN_REMEDIAL_OWNERSHIP);

        complete(task(TASK_ASSIGN_REMEDIAL_OWNERSHIP, action));
        execute(job(TASK_RECORD_REMEDIAL_OWNERSHIP, action));
        assertThat(action).isWaitingAt(TIMER_NEXT_WEEKLY_REVIEW);
        verify(delegate("assignRemedialOwnership")).execute(any());

        execute(job(TIMER_NEXT_WEEKLY_REVIEW, action));
        assertThat(action).isWaitingAt(TASK_OVERDUE_REVIEW, TASK_DEPUTY_VERIFICATION);
    }

    @Test
    void a_valid_explanation_waits_for_next_weeks_review() throws Exception {
        ProcessInstance action = openAction();
        escalate(action);

        complete(task(TASK_OVERDUE_REVIEW, action), withVariables("validExplanation", true));
        execute(job(TASK_RECORD_OVERDUE_REVIEW, action));

        assertThat(action).isWaitingAt(TIMER_NEXT_WEEKLY_REVIEW).hasNotPassed(TASK_ASSIGN_REMEDIAL_OWNERSHIP);
        verify(delegate("recordOverdueReview")).execute(any());
    }

    @Test
    void a_weekly_review_not_done_by_friday_is_recorded_as_missed() throws Exception {
        ProcessInstance action = openAction();
        escalate(action);

        execute(job(BOUNDARY_OVERDUE_REVIEW_MISSED, action));
        execute(job(TASK_RECORD_MISSED_OVERDUE_REVIEW, action));

        assertThat(action).isWaitingAt(TIMER_NEXT_WEEKLY_REVIEW).hasNotPassed(TASK_RECORD_OVERDUE_REVIEW);
        verify(delegate("recordMissedOverdueReview")).execute(any());
    }

    @Test
    void closing_an_escalated_action_ends_its_weekly_reviews() {
        ProcessInstance action = openAction();
        escalate(action);
        verifyAs(action, "CLEAR");

        complete(task(TASK_FOLLOW_UP_CHECK, action));
        execute(job(TASK_RECORD_CLOSURE_EVIDENCE, action));

        assertThat(action).isEnded().hasPassed(END_EVENT_ACTION_CLOSED);
    }
}
