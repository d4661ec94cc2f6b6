package uk.care.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: one shared application context (demo users, in-memory H2 or the PostgreSQL the
 * build provides, a real SMTP server in the JVM), no job executor, and helpers that act the way Tasklist does:
 * as a logged-in user, through the engine's form service, with authorization checks on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class IntegrationTest {

    protected static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired protected ProcessEngine engine;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected FormService formService;
    @Autowired protected ManagementService managementService;
    @Autowired protected RepositoryService repositoryService;
    @Autowired protected IdentityService identityService;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected TestRestTemplate http;
    @Autowired protected uk.care.tracker.staff.StaffDirectory staff;

    /** Email goes to the in-process SMTP server ({@link TestSmtp}); the same for every test, so one context. */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestSmtp::port);
    }

    @BeforeEach
    void initProcessAssertions() {
        BpmnAwareTests.init(engine);
    }

    /**
     * Ends what the test left running, so that its timers and jobs never run in another test's clock. The register
     * rows stay: they are append-only and each test reads only its own business keys.
     */
    @AfterEach
    void endRunningProcessesAndResetClock() {
        identityService.clearAuthentication();
        List<String> running = runtimeService.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            runtimeService.deleteProcessInstances(running, "end of test", true, true);
        }
        ClockUtil.reset();
    }

    /** Sets the engine clock to a local time in London. */
    protected void clockAt(String londonLocalDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(londonLocalDateTime).atZone(LONDON).toInstant()));
    }

    protected void clockAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    protected static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    /** Starts a process through its start form, as the given user would in Tasklist. */
    protected ProcessInstance startAs(String userId, String processKey, Map<String, Object> variables) {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        return asUser(userId, () -> formService.submitStartForm(definitionId, variables));
    }

    /** Claims the task if nobody has it, then submits its form, as the given user would in Tasklist. */
    protected void completeAs(String userId, Task task, Map<String, Object> variables) {
        asUser(userId, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            formService.submitTaskForm(task.getId(), variables);
            return null;
        });
    }

    protected <T> T asUser(String userId, java.util.function.Supplier<T> action) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Runs every job of a running process that is due at the current engine time, as the job executor would, until
     * none is left. Timer start events (the monthly governance run) are left to the tests that mean to fire them.
     */
    protected void runDueJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = managementService.createJobQuery().executable().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null).toList();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
            }
        }
        throw new AssertionError("Jobs keep becoming due: a loop in the process?");
    }

    protected List<Map<String, Object>> rows(String table, String businessKey) {
        return jdbc.queryForList("SELECT * FROM " + table + " WHERE business_key = ? ORDER BY id", businessKey);
    }

    /** A staff member of the test's own, so that counts across tests (repeated concerns) cannot interfere. */
    protected String newStaffMember(String lineManager) {
        String staffId = "T" + java.util.UUID.randomUUID().toString().substring(0, 8);
        staff.save(new uk.care.tracker.staff.StaffMember(staffId, "Test " + staffId, "Oak House", lineManager, "Care Worker",
                java.time.LocalDate.of(2024, 1, 8), java.time.LocalDate.of(2024, 7, 7)));
        return staffId;
    }

    protected List<Task> openTasks(ProcessInstance instance, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey).list();
    }

    protected Task openTask(ProcessInstance instance, String taskDefinitionKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).list();
        assertThat(tasks).as("open %s", taskDefinitionKey).hasSize(1);
        return tasks.get(0);
    }

    protected String businessKey(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
    }
}
