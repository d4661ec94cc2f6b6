package uk.care.tracker.escalation;

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
import static uk.care.tracker.escalation.EscalatedCaseProcess.*;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.care.tracker.support.PathTestEngine;

/**
 * Every path of {@code escalated-case.bpmn} with the application's beans mocked: the four parallel strands of an
 * open case, each review's missed-review timer, the three triggers of senior provider oversight (two missed
 * reviews, a failed high-risk recheck, no measurable progress) and the HR Lead's close-or-advance.
 */
@Deployment(resources = RESOURCE)
class EscalatedCasePathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PathTestEngine.extension();

    private Map<String, Object> beans;

    @BeforeEach
    void mockTheApplication(ProcessEngine processEngine) {
        init(processEngine);
        beans = PathTestEngine.mockBeans(RESOURCE);
        sets(beans.get("recordMissedReview"), "seniorOversightForMissedReviews", false);
        sets(beans.get("recordCaseReview"), "failedHighRiskRecheck", false);
        sets(beans.get("enterServiceImprovementPlan"), "openSeniorOversightReview", true);
        sets(beans.get("checkMeasurableProgress"), "noMeasurableProgress", false);
    }

    private JavaDelegate delegate(String bean) {
        return (JavaDelegate) beans.get(bean);
    }

    private ProcessInstance openCase() {
        ProcessInstance escalatedCase = runtimeService().startProcessInstanceByKey(KEY, "EC-2026-000001",
                withVariables(Start.STAFF_ID, "S001", Start.ESCALATED_DATE, "2026-12-01", "lineManager", "line.manager",
                        "monitoringReviewDays", 7, "monitoringCycle", 1, "caseReviewDays", 14, "caseReviewCycle", 1,
                        "noProgressDays", 28));
        execute(job(TASK_APPLY_CASE_SETTINGS, escalatedCase));
        execute(job(TASK_OPEN_CASE, escalatedCase));
        assertThat(escalatedCase).isWaitingAt(TASK_ACTION_PLAN, TASK_MONITORING_CHECK, TASK_MONITORING_REVIEW,
                TASK_CASE_REVIEW);
        return escalatedCase;
    }

    @Test
    void an_opened_case_starts_its_plan_monitoring_and_reviews_at_once() throws Exception {
        ProcessInstance escalatedCase = openCase();
        assertThat(task(TASK_ACTION_PLAN, escalatedCase)).isAssignedTo("line.manager");
        assertThat(task(TASK_MONITORING_CHECK, escalatedCase)).hasCandidateGroup("deputy-managers");
        assertThat(task(TASK_MONITORING_REVIEW, escalatedCase)).hasCandidateGroup("deputy-managers");
        assertThat(task(TASK_CASE_REVIEW, escalatedCase)).hasCandidateGroup("registered-managers");
        verify(delegate("applyCaseSettings")).execute(any());
        verify(delegate("openEscalatedCase")).execute(any());
    }

    @Test
    void the_action_plan_is_acknowledged_by_the_staff_member() throws Exception {
        ProcessInstance escalatedCase = openCase();
        complete(task(TASK_ACTION_PLAN, escalatedCase));
        execute(job(TASK_RECORD_ACTION_PLAN, escalatedCase));
        assertThat(task(TASK_STAFF_ACKNOWLEDGEMENT, escalatedCase)).isAssignedTo("line.manager");

        complete(task(TASK_STAFF_ACKNOWLEDGEMENT, escalatedCase));
        execute(job(TASK_RECORD_ACKNOWLEDGEMENT, escalatedCase));

        assertThat(escalatedCase).hasPassed(END_EVENT_PLAN_ACKNOWLEDGED).isWaitingAt(TASK_MONITORING_CHECK)
                .isNotEnded();
        verify(delegate("recordActionPlan")).execute(any());
        verify(delegate("recordStaffAcknowledgement")).execute(any());
    }

    @Test
    void monitoring_checks_repeat_until_the_case_closes() throws Exception {
        ProcessInstance escalatedCase = openCase();
        complete(task(TASK_MONITORING_CHECK, escalatedCase));
        execute(job(TASK_RECORD_MONITORING_CHECK, escalatedCase));

        assertThat(escalatedCase).isWaitingAt(TASK_MONITORING_CHECK);
        verify(delegate("recordMonitoringCheck")).execute(any());
    }

    @Test
    void a_monitoring_review_done_waits_for_the_next_review_period() throws Exception {
        ProcessInstance escalatedCase = openCase();
        complete(task(TASK_MONITORING_REVIEW, escalatedCase));
        execute(job(TASK_RECORD_MONITORING_REVIEW, escalatedCase));
        assertThat(escalatedCase).isWaitingAt(TIMER_NEXT_MONITORING_REVIEW);

        execute(job(TIMER_NEXT_MONITORING_REVIEW, escalatedCase));

        assertThat(escalatedCase).isWaitingAt(TASK_MONITORING_REVIEW);
        verify(delegate("recordMonitoringReview")).execute(any());
    }

    @Test
    void a_missed_monitoring_review_below_the_threshold_waits_for_the_next_period() throws Exception {
        ProcessInstance escalatedCase = openCase();
        execute(job(BOUNDARY_MONITORING_REVIEW_MISSED, escalatedCase));
        execute(job(TASK_RECORD_MISSED_MONITORING_REVIEW, escalatedCase));

        assertThat(escalatedCase).isWaitingAt(TIMER_NEXT_MONITORING_REVIEW).hasNotPassed(THROW_TWO_MISSED_REVIEWS);
        verify(delegate("enterServiceImprovementPlan"), never()).execute(any());
    }

    @Test
    void the_second_missed_monitoring_review_goes_to_senior_oversight() throws Exception {
        sets(beans.get("recordMissedReview"), "seniorOversightForMissedReviews", true);
        ProcessInstance escalatedCase = openCase();
        execute(job(BOUNDARY_MONITORING_REVIEW_MISSED, escalatedCase));
        execute(job(TASK_RECORD_MISSED_MONITORING_REVIEW, escalatedCase));

        assertThat(escalatedCase).hasPassed(THROW_TWO_MISSED_REVIEWS).isWaitingAt(TIMER_NEXT_MONITORING_REVIEW);
        reviewedBySeniorLeaders(escalatedCase);
    }

    @Test
    void the_second_missed_case_review_goes_to_senior_oversight() throws Exception {
        sets(beans.get("recordMissedReview"), "seniorOversightForMissedReviews", true);
        ProcessInstance escalatedCase = openCase();
        execute(job(BOUNDARY_CASE_REVIEW_MISSED, escalatedCase));
        execute(job(TASK_RECORD_MISSED_CASE_REVIEW, escalatedCase));

        assertThat(escalatedCase).hasPassed(THROW_TWO_MISSED_REVIEWS_AT_CASE_REVIEW)
                .isWaitingAt(TIMER_NEXT_CASE_REVIEW);
        reviewedBySeniorLeaders(escalatedCase);
    }

    @Test
    void a_missed_case_review_below_the_threshold_waits_for_the_next_fortnight() throws Exception {
        ProcessInstance escalatedCase = openCase();
        execute(job(BOUNDARY_CASE_REVIEW_MISSED, escalatedCase));
        execute(job(TASK_RECORD_MISSED_CASE_REVIEW, escalatedCase));

        assertThat(escalatedCase).isWaitingAt(TIMER_NEXT_CASE_REVIEW)
                .hasNotPassed(THROW_TWO_MISSED_REVIEWS_AT_CASE_REVIEW);
        execute(job(TIMER_NEXT_CASE_REVIEW, escalatedCase));
        assertThat(escalatedCase).isWaitingAt(TASK_CASE_REVIEW);
    }

    @Test
    void a_case_review_that_continues_the_case_waits_for_the_next_fortnight() throws Exception {
        ProcessInstance escalatedCase = openCase();
        complete(task(TASK_CASE_REVIEW, escalatedCase), withVariables("nextDecision", "CONTINUE"));
        execute(job(TASK_RECORD_CASE_REVIEW, escalatedCase));

        assertThat(escalatedCase).isWaitingAt(TIMER_NEXT_CASE_REVIEW)
                .hasNotPassed(THROW_FAILED_HIGH_RISK_RECHECK, TASK_HR_CLOSE_OR_ADVANCE);
        verify(delegate("recordCaseReview")).execute(any());
    }

    @Test
    void a_failed_recheck_rated_high_risk_goes_to_senior_oversight() throws Exception {
        sets(beans.get("recordCaseReview"), "failedHighRiskRecheck", true);
        ProcessInstance escalatedCase = openCase();
        complete(task(TASK_CASE_REVIEW, escalatedCase), withVariables("nextDecision", "CONTINUE"));
        execute(job(TASK_RECORD_CASE_REVIEW, escalatedCase));

        assertThat(escalatedCase).hasPassed(THROW_FAILED_HIGH_RISK_RECHECK).isWaitingAt(TIMER_NEXT_CASE_REVIEW);
        reviewedBySeniorLeaders(escalatedCase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLOSE", "REFER_HR"})
    void closing_or_referring_goes_to_the_hr_lead_whose_decision_ends_the_case(String decision) throws Exception {
        ProcessInstance escalatedCase = openCase();
        complete(task(TASK_CASE_REVIEW, escalatedCase), withVariables("nextDecision", decision));
        execute(job(TASK_RECORD_CASE_REVIEW, escalatedCase));
        assertThat(task(TASK_HR_CLOSE_OR_ADVANCE, escalatedCase)).hasCandidateGroup("hr-leads");

        complete(task(TASK_HR_CLOSE_OR_ADVANCE, escalatedCase));
        execute(job(TASK_RECORD_CASE_CLOSURE, escalatedCase));

        assertThat(escalatedCase).hasPassed(END_EVENT_CASE_CLOSED).isEnded();
        verify(delegate("recordCaseClosure")).execute(any());
    }

    @Test
    void measurable_progress_by_the_check_day_changes_nothing() throws Exception {
        ProcessInstance escalatedCase = openCase();
        execute(job(START_EVENT_PROGRESS_CHECK_DUE, escalatedCase));
        execute(job(TASK_CHECK_MEASURABLE_PROGRESS, escalatedCase));

        assertThat(escalatedCase).hasPassed(END_EVENT_PROGRESS_SHOWN).hasNotPassed(THROW_NO_MEASURABLE_PROGRESS);
        verify(delegate("enterServiceImprovementPlan"), never()).execute(any());
    }

    @Test
    void no_measurable_progress_goes_to_senior_oversight() throws Exception {
        sets(beans.get("checkMeasurableProgress"), "noMeasurableProgress", true);
        ProcessInstance escalatedCase = openCase();
        execute(job(START_EVENT_PROGRESS_CHECK_DUE, escalatedCase));
        execute(job(TASK_CHECK_MEASURABLE_PROGRESS, escalatedCase));

        assertThat(escalatedCase).hasPassed(THROW_NO_MEASURABLE_PROGRESS);
        reviewedBySeniorLeaders(escalatedCase);
    }

    @Test
    void a_trigger_while_a_senior_review_is_open_is_answered_in_that_review() throws Exception {
        sets(beans.get("checkMeasurableProgress"), "noMeasurableProgress", true);
        sets(beans.get("enterServiceImprovementPlan"), "openSeniorOversightReview", false);
        ProcessInstance escalatedCase = openCase();
        execute(job(START_EVENT_PROGRESS_CHECK_DUE, escalatedCase));
        execute(job(TASK_CHECK_MEASURABLE_PROGRESS, escalatedCase));
        execute(job(TASK_ENTER_SERVICE_IMPROVEMENT_PLAN, escalatedCase));

        assertThat(escalatedCase).hasPassed(END_EVENT_ADDED_TO_OPEN_REVIEW).hasNotPassed(TASK_SENIOR_OVERSIGHT_REVIEW);
    }

    /** The service improvement plan entry, then the senior leaders' review, recorded. */
    private void reviewedBySeniorLeaders(ProcessInstance escalatedCase) throws Exception {
        execute(job(TASK_ENTER_SERVICE_IMPROVEMENT_PLAN, escalatedCase));
        assertThat(task(TASK_SENIOR_OVERSIGHT_REVIEW, escalatedCase)).hasCandidateGroup("senior-leaders");
        complete(task(TASK_SENIOR_OVERSIGHT_REVIEW, escalatedCase));
        execute(job(TASK_RECORD_SENIOR_OVERSIGHT, escalatedCase));

        assertThat(escalatedCase).hasPassed(END_EVENT_SENIOR_OVERSIGHT_RECORDED).isNotEnded();
        verify(delegate("enterServiceImprovementPlan")).execute(any());
        verify(delegate("recordSeniorOversight")).execute(any());
    }
}
