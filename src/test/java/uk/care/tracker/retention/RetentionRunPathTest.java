package uk.care.tracker.retention;

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
import static org.mockito.Mockito.verify;
import static uk.care.tracker.retention.RetentionRunProcess.*;
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
 * Every path of {@code retention-run.bpmn} with the application's beans mocked, started by firing its monthly
 * timer: not due, nothing past retention, erasure refused, erasure confirmed (only then are records erased).
 */
@Deployment(resources = RESOURCE)
class RetentionRunPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PathTestEngine.extension();

    private Map<String, Object> beans;

    @BeforeEach
    void mockTheApplication(ProcessEngine processEngine) {
        init(processEngine);
        beans = PathTestEngine.mockBeans(RESOURCE);
        sets(beans.get("planRetentionRun"), "runDue", true);
    }

    private JavaDelegate delegate(String bean) {
        return (JavaDelegate) beans.get(bean);
    }

    private boolean passed(String activityId) {
        return historyService().createHistoricActivityInstanceQuery().activityId(activityId).count() > 0;
    }

    @Test
    void a_run_that_is_not_due_does_nothing() throws Exception {
        sets(beans.get("planRetentionRun"), "runDue", false);
        assertThat(TimerStart.fire(KEY, START_EVENT_MONTH_BEGINS)).isNull();
        assertThat(passed(END_EVENT_NOT_DUE)).isTrue();
        verify(delegate("findRecordsPastRetention"), never()).execute(any());
    }

    @Test
    void nothing_past_retention_ends_without_asking_anyone() throws Exception {
        sets(beans.get("findRecordsPastRetention"), "candidateCount", 0);
        ProcessInstance run = TimerStart.fire(KEY, START_EVENT_MONTH_BEGINS);
        execute(job(TASK_FIND_RECORDS_PAST_RETENTION, run));

        BpmnAwareTests.assertThat(run).hasPassed(END_EVENT_NOTHING_DUE).hasNotPassed(TASK_CONFIRM_ERASURE).isEnded();
    }

    private ProcessInstance decided(String decision) {
        sets(beans.get("findRecordsPastRetention"), "candidateCount", 3);
        ProcessInstance run = TimerStart.fire(KEY, START_EVENT_MONTH_BEGINS);
        execute(job(TASK_FIND_RECORDS_PAST_RETENTION, run));
        BpmnAwareTests.assertThat(task(TASK_CONFIRM_ERASURE, run)).hasCandidateGroup("registered-managers");
        complete(task(TASK_CONFIRM_ERASURE, run), withVariables("erasureDecision", decision));
        execute(job(TASK_RECORD_RETENTION_DECISION, run));
        return run;
    }

    @Test
    void records_are_erased_only_when_a_registered_manager_confirms() throws Exception {
        ProcessInstance run = decided("ERASE");
        execute(job(TASK_ERASE_RECORDS_PAST_RETENTION, run));

        BpmnAwareTests.assertThat(run).hasPassed(END_EVENT_RECORDS_ERASED).isEnded();
        verify(delegate("recordRetentionDecision")).execute(any());
        verify(delegate("eraseRecordsPastRetention")).execute(any());
    }

    @Test
    void a_refused_erasure_erases_nothing() throws Exception {
        ProcessInstance run = decided("KEEP");

        BpmnAwareTests.assertThat(run).hasPassed(END_EVENT_ERASURE_REFUSED)
                .hasNotPassed(TASK_ERASE_RECORDS_PAST_RETENTION).isEnded();
        verify(delegate("eraseRecordsPastRetention"), never()).execute(any());
    }
}
