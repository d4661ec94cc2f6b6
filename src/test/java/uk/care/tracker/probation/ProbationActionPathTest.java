package uk.care.tracker.probation;

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
import static uk.care.tracker.probation.ProbationActionProcess.*;
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
 * Every path of {@code probation-action.bpmn} with the application's beans mocked: the mentor's weekly log, the
 * fortnightly verification, the week-12 early warning, and the three ways into enhanced oversight (overdue, a
 * failure that affects safe practice, the Registered Manager's answer to the warning), each entered once.
 */
@Deployment(resources = RESOURCE)
class ProbationActionPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PathTestEngine.extension();

    private Map<String, Object> beans;

    @BeforeEach
    void mockTheApplication(ProcessEngine processEngine) {
        init(processEngine);
        beans = PathTestEngine.mockBeans(RESOURCE);
        sets(beans.get("recordProbationVerification"), "actionComplete", false);
        sets(beans.get("applyProbationEscalationRules"), "escalateAtOnce", false);
    }

    private JavaDelegate delegate(String bean) {
        return (JavaDelegate) beans.get(bean);
    }

    private ProcessInstance openAction(boolean earlyWarningApplies) {
        ProcessInstance action = runtimeService().startProcessInstanceByKey(KEY, "PA-2026-000001", withVariables(
                Start.STAFF_ID, "S042", Start.PERSON_RESPONSIBLE, "mentor", "openedOn", "2026-11-02",
                "supportWeek", 1, "verificationCycle", 1, "escalated", false, "escalateAt", SOME_DAY,
                "earlyWarningApplies", earlyWarningApplies, "earlyWarningAt", SOME_DAY,
                "revisedReviewDate", "2026-12-01"));
        execute(job(TASK_REGISTER_ACTION, action));
        execute(job(TASK_APPLY_ESCALATION_RULES, action));
        assertThat(action).isWaitingAt(TASK_MENTOR_SUPPORT_LOG, TASK_DEPUTY_VERIFICATION);
        return action;
    }

    @Test
    void an_opened_action_has_its_mentor_log_its_verification_and_the_week_12_warning_waiting() throws Exception {
        ProcessInstance action = openAction(true);
        assertThat(action).isWaitingAt(TIMER_EARLY_WARNING);
        assertThat(task(TASK_MENTOR_SUPPORT_LOG, action)).isAssignedTo("mentor");
        assertThat(task(TASK_DEPUTY_VERIFICATION, action)).hasCandidateGroup("deputy-managers");
        verify(delegate("registerProbationAction")).execute(any());
    }

    @Test
    void an_action_entered_inside_the_warning_window_gets_no_early_warning() {
        ProcessInstance action = openAction(false);
        assertThat(action).hasPassed(END_EVENT_NO_EARLY_WARNING).isNotWaitingAt(TIMER_EARLY_WARNING);
    }

    @Test
    void a_support_log_waits_for_the_next_week() throws Exception {
        ProcessInstance action = openAction(true);
        complete(task(TASK_MENTOR_SUPPORT_LOG, action));
        execute(job(TASK_RECORD_SUPPORT_LOG, action));
        assertThat(action).isWaitingAt(TIMER_NEXT_SUPPORT_WEEK);

        execute(job(TIMER_NEXT_SUPPORT_WEEK, action));
        assertThat(action).isWaitingAt(TASK_MENTOR_SUPPORT_LOG);
        verify(delegate("recordMentorSupportLog")).execute(any());
    }

    @Test
    void a_support_log_not_written_by_friday_is_recorded_as_missed() throws Exception {
        ProcessInstance action = openAction(true);
        execute(job(BOUNDARY_SUPPORT_LOG_MISSED, action));
        execute(job(TASK_RECORD_MISSED_SUPPORT_LOG, action));

        assertThat(action).isWaitingAt(TIMER_NEXT_SUPPORT_WEEK).hasNotPassed(TASK_RECORD_SUPPORT_LOG);
        verify(delegate("recordMissedSupportLog")).execute(any());
    }

    @Test
    void an_action_verified_complete_is_closed_and_ends_everything_else() throws Exception {
        sets(beans.get("recordProbationVerification"), "actionComplete", true);
        ProcessInstance action = openAction(true);
        complete(task(TASK_DEPUTY_VERIFICATION, action));
        execute(job(TASK_RECORD_VERIFICATION, action));
        execute(job(TASK_CLOSE_ACTION, action));

        assertThat(action).hasPassed(END_EVENT_ACTION_CLOSED).isEnded();
        verify(delegate("closeProbationAction")).execute(any());
    }

    @Test
    void an_action_not_yet_complete_is_verified_again_next_fortnight() throws Exception {
        ProcessInstance action = openAction(true);
        complete(task(TASK_DEPUTY_VERIFICATION, action));
        execute(job(TASK_RECORD_VERIFICATION, action));
        execute(job(TASK_APPLY_FAILURE_RULES, action));
        assertThat(action).isWaitingAt(TIMER_NEXT_VERIFICATION).hasNotPassed(THROW_EVENT_ESCALATE_FAILED_ACTION);

        execute(job(TIMER_NEXT_VERIFICATION, action));
        assertThat(action).isWaitingAt(TASK_DEPUTY_VERIFICATION);
        verify(delegate("raiseProbationEscalation"), never()).execute(any());
    }

    @Test
    void a_failure_that_affects_safe_practice_goes_to_the_registered_manager_at_once() throws Exception {
        ProcessInstance action = openAction(true);
        sets(beans.get("applyProbationEscalationRules"), "escalateAtOnce", true);
        complete(task(TASK_DEPUTY_VERIFICATION, action));
        execute(job(TASK_RECORD_VERIFICATION, action));
        execute(job(TASK_APPLY_FAILURE_RULES, action));

        assertThat(action).hasPassed(THROW_EVENT_ESCALATE_FAILED_ACTION).isWaitingAt(TIMER_NEXT_VERIFICATION);
        underEnhancedOversight(action);
    }

    @Test
    void a_missed_verification_is_recorded_and_due_again_next_fortnight() throws Exception {
        ProcessInstance action = openAction(true);
        execute(job(BOUNDARY_VERIFICATION_MISSED, action));
        execute(job(TASK_RECORD_MISSED_VERIFICATION, action));

        assertThat(action).isWaitingAt(TIMER_NEXT_VERIFICATION);
        verify(delegate("recordMissedVerification")).execute(any());
    }

    @Test
    void an_action_overdue_beyond_the_threshold_is_escalated() throws Exception {
        ProcessInstance action = openAction(true);
        execute(job(START_EVENT_OVERDUE_THRESHOLD, action));

        assertThat(action).hasPassed(THROW_EVENT_ESCALATE_OVERDUE);
        underEnhancedOversight(action);
    }

    @Test
    void an_action_already_escalated_is_not_escalated_again_when_overdue() {
        ProcessInstance action = openAction(true);
        runtimeService().setVariable(action.getId(), "escalated", true);
        execute(job(START_EVENT_OVERDUE_THRESHOLD, action));

        assertThat(action).hasPassed(END_EVENT_ALREADY_UNDER_OVERSIGHT).hasNotPassed(THROW_EVENT_ESCALATE_OVERDUE);
    }

    @Test
    void the_week_12_warning_answered_with_escalate_puts_the_action_under_enhanced_oversight() throws Exception {
        ProcessInstance action = openAction(true);
        warningReviewed(action, "ESCALATE");

        assertThat(action).hasPassed(THROW_EVENT_ESCALATE_AFTER_WARNING);
        underEnhancedOversight(action);
    }

    @Test
    void the_week_12_warning_answered_otherwise_ends_there() throws Exception {
        ProcessInstance action = openAction(true);
        warningReviewed(action, "KEEP_UNDER_REVIEW");

        assertThat(action).hasPassed(END_EVENT_WARNING_ANSWERED).hasNotPassed(THROW_EVENT_ESCALATE_AFTER_WARNING);
        verify(delegate("recordEarlyWarningReview")).execute(any());
    }

    @Test
    void no_week_12_warning_for_an_action_already_escalated() throws Exception {
        ProcessInstance action = openAction(true);
        runtimeService().setVariable(action.getId(), "escalated", true);
        execute(job(TIMER_EARLY_WARNING, action));

        assertThat(action).hasPassed(END_EVENT_ALREADY_ESCALATED).hasNotPassed(TASK_RAISE_EARLY_WARNING);
        verify(delegate("raiseWeek12EarlyWarning"), never()).execute(any());
    }

    private void warningReviewed(ProcessInstance action, String response) throws Exception {
        execute(job(TIMER_EARLY_WARNING, action));
        execute(job(TASK_RAISE_EARLY_WARNING, action));
        assertThat(task(TASK_EARLY_WARNING_REVIEW, action)).hasCandidateGroup("registered-managers");
        complete(task(TASK_EARLY_WARNING_REVIEW, action), withVariables("warningResponse", response));
        execute(job(TASK_RECORD_EARLY_WARNING_REVIEW, action));
        verify(delegate("raiseWeek12EarlyWarning")).execute(any());
    }

    /** The escalation register, the Registered Manager's escalation, then reviews on each revised review date. */
    private void underEnhancedOversight(ProcessInstance action) throws Exception {
        assertThat(action).variables().containsEntry("escalated", true);
        execute(job(TASK_RAISE_ESCALATION, action));
        assertThat(task(TASK_PROBATION_ESCALATION, action)).hasCandidateGroup("registered-managers");
        complete(task(TASK_PROBATION_ESCALATION, action));
        execute(job(TASK_RECORD_ESCALATION, action));
        assertThat(action).isWaitingAt(TIMER_REVISED_REVIEW_DATE);

        execute(job(TIMER_REVISED_REVIEW_DATE, action));
        complete(task(TASK_ENHANCED_OVERSIGHT_REVIEW, action));
        execute(job(TASK_RECORD_OVERSIGHT_REVIEW, action));

        assertThat(action).isWaitingAt(TIMER_REVISED_REVIEW_DATE).isNotEnded();
        verify(delegate("raiseProbationEscalation")).execute(any());
        verify(delegate("recordProbationEscalation")).execute(any());
        verify(delegate("recordEnhancedOversightReview")).execute(any());
    }
}
