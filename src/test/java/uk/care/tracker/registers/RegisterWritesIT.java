package uk.care.tracker.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import uk.care.tracker.support.IntegrationTest;

/** Registers are written once per event, even when jobs fail and retry, and never edited. */
class RegisterWritesIT extends IntegrationTest {

    private String deploymentId;

    @AfterEach
    void undeploy() {
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    /** Fails the first time it runs, as a database hiccup or a crashed node would. */
    public static class FailsOnce implements JavaDelegate {
        static final AtomicInteger failuresLeft = new AtomicInteger();

        @Override
        public void execute(DelegateExecution execution) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("simulated failure after the register write");
            }
        }
    }

    private ProcessInstance startTestProcess(BpmnModelInstance model, String businessKey) {
        deploymentId = repositoryService.createDeployment().addModelInstance("register-retry-test.bpmn", model).deploy().getId();
        return runtimeService.startProcessInstanceByKey("register-retry-test", businessKey, Map.of(
                "staffId", "S1001", "actionDescription", "Retry test action", "actionCategory", "OTHER",
                "deadline", "2026-12-18", "supervisionDate", "2026-12-14", "managerResponsible", "line.manager",
                "initiator", "line.manager", "lateEntry", false));
    }

    @Test
    void a_job_that_fails_after_writing_leaves_no_row_and_its_retry_writes_exactly_one() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("register-retry-test").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Register").camundaAsyncBefore().camundaDelegateExpression("${registerSupervisionAction}")
                .serviceTask("Task_FailsOnce").camundaClass(FailsOnce.class.getName())
                .endEvent().done();
        FailsOnce.failuresLeft.set(1);
        ProcessInstance instance = startTestProcess(model, "SA-2026-900001");
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("simulated failure");
        assertThat(rows("action_tracker", "SA-2026-900001")).as("rolled back with the job").isEmpty();
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);

        runDueJobs();
        assertThat(rows("action_tracker", "SA-2026-900001")).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void the_same_event_written_twice_is_one_row() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("register-retry-test").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Register").camundaDelegateExpression("${registerSupervisionAction}")
                .serviceTask("Task_RegisterAgain").camundaDelegateExpression("${registerSupervisionAction}")
                .endEvent().done();
        startTestProcess(model, "SA-2026-900002");
        assertThat(rows("action_tracker", "SA-2026-900002")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("event_key", "SA-2026-900002:registered"));
    }

    @Test
    void registers_refuse_updates_and_deletes() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("register-retry-test").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Register").camundaDelegateExpression("${registerSupervisionAction}")
                .endEvent().done();
        startTestProcess(model, "SA-2026-900003");

        assertThatThrownBy(() -> jdbc.update("UPDATE action_tracker SET action_description = 'changed' WHERE business_key = ?",
                "SA-2026-900003")).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM action_tracker WHERE business_key = ?", "SA-2026-900003"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log")).isInstanceOf(DataAccessException.class);
        assertThat(rows("action_tracker", "SA-2026-900003")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("action_description", "Retry test action"));
    }
}
