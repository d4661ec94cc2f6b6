package uk.care.tracker.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static uk.care.tracker.governance.MonthlyGovernanceProcess.*;
import static uk.care.tracker.support.PathTestEngine.sets;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.care.tracker.support.PathTestEngine;
import uk.care.tracker.support.TimerStart;

/**
 * Every path of {@code monthly-governance.bpmn} with the application's beans mocked, each run started by firing
 * its monthly timer: not the first working day, a month's review with and without improvement actions, and a
 * quarter's non-compliance review alongside.
 */
@Deployment(resources = RESOURCE)
class MonthlyGovernancePathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PathTestEngine.extension();

    private Map<String, Object> beans;

    @BeforeEach
    void mockTheApplication(ProcessEngine processEngine) {
        init(processEngine);
        beans = PathTestEngine.mockBeans(RESOURCE);
    }

    private JavaDelegate delegate(String bean) {
        return (JavaDelegate) beans.get(bean);
    }

    private ProcessInstance monthBegins(boolean monthDue, boolean quarterDue) {
        sets(beans.get("planGovernanceRun"), "monthDue", monthDue, "quarterDue", quarterDue);
        return TimerStart.fire(KEY, START_EVENT_MONTH_BEGINS);
    }

    @Test
    void a_day_that_is_not_the_first_working_day_of_the_month_does_nothing() throws Exception {
        assertThat(monthBegins(false, false)).isNull();
        assertThat(historyService().createHistoricActivityInstanceQuery().activityId(END_EVENT_NOT_DUE).count())
                .isEqualTo(1);
        verify(delegate("generateMonthlySummaries"), never()).execute(any());
    }

    @Test
    void a_month_without_improvement_actions_ends_after_the_quality_leads_review() throws Exception {
        ProcessInstance run = monthBegins(true, false);
        execute(job(TASK_GENERATE_MONTHLY_SUMMARIES, run));
        BpmnAwareTests.assertThat(task(TASK_QUALITY_LEAD_REVIEW, run)).hasCandidateGroup("quality-leads");

        complete(task(TASK_QUALITY_LEAD_REVIEW, run), withVariables("improvementActionsToAdd", false));
        execute(job(TASK_RECORD_GOVERNANCE_MEETING, run));

        BpmnAwareTests.assertThat(run).hasPassed(END_EVENT_GOVERNANCE_DONE)
                .hasNotPassed(TASK_ADD_IMPROVEMENT_ACTION, TASK_NON_COMPLIANCE_REVIEW).isEnded();
        verify(delegate("recordGovernanceMeeting")).execute(any());
    }

    @Test
    void each_improvement_action_agreed_is_started_until_there_are_no_more() throws Exception {
        ProcessInstance run = monthBegins(true, false);
        execute(job(TASK_GENERATE_MONTHLY_SUMMARIES, run));
        complete(task(TASK_QUALITY_LEAD_REVIEW, run), withVariables("improvementActionsToAdd", true));
        execute(job(TASK_RECORD_GOVERNANCE_MEETING, run));

        complete(task(TASK_ADD_IMPROVEMENT_ACTION, run), withVariables("moreActions", true));
        BpmnAwareTests.assertThat(run).isWaitingAt(TASK_ADD_IMPROVEMENT_ACTION);
        complete(task(TASK_ADD_IMPROVEMENT_ACTION, run), withVariables("moreActions", false));

        BpmnAwareTests.assertThat(run).hasPassed(END_EVENT_GOVERNANCE_DONE).isEnded();
        verify(delegate("startImprovementAction"), times(2)).execute(any());
    }

    @Test
    void a_quarter_start_adds_the_senior_leaders_non_compliance_review() throws Exception {
        ProcessInstance run = monthBegins(true, true);
        execute(job(TASK_GENERATE_MONTHLY_SUMMARIES, run));
        execute(job(TASK_GENERATE_NON_COMPLIANCE_REVIEW, run));
        BpmnAwareTests.assertThat(run).isWaitingAt(TASK_QUALITY_LEAD_REVIEW, TASK_NON_COMPLIANCE_REVIEW);
        BpmnAwareTests.assertThat(task(TASK_NON_COMPLIANCE_REVIEW, run)).hasCandidateGroup("senior-leaders");

        complete(task(TASK_QUALITY_LEAD_REVIEW, run), withVariables("improvementActionsToAdd", false));
        execute(job(TASK_RECORD_GOVERNANCE_MEETING, run));
        BpmnAwareTests.assertThat(run).isNotEnded();
        complete(task(TASK_NON_COMPLIANCE_REVIEW, run));
        execute(job(TASK_RECORD_NON_COMPLIANCE_RESPONSE, run));

        BpmnAwareTests.assertThat(run).hasPassed(END_EVENT_GOVERNANCE_DONE).isEnded();
        verify(delegate("generateNonComplianceReview")).execute(any());
        verify(delegate("recordNonComplianceResponse")).execute(any());
    }
}
