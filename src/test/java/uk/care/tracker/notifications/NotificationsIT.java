package uk.care.tracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_CASE_REVIEW;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_FOLLOW_UP_CHECK;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.probation.ProbationActionProcess;
import uk.care.tracker.support.ReceivedMail;
import uk.care.tracker.support.TestSmtp;

/**
 * Every kind of reminder of SPEC section 7, delivered through a real SMTP server: who receives it and what it says.
 * Reminders are scanned and delivered by calling the scheduled steps, after moving the engine clock.
 */
class NotificationsIT extends MailTest {

    static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired ReminderScan reminderScan;
    @Autowired WeeklyDigest digest;

    private final List<String> testUsers = new ArrayList<>();

    @AfterEach
    void removeTestUsers() {
        testUsers.forEach(identityService::deleteUser);
    }

    private void user(String id, String firstName, String email, String group) {
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName("Test");
        user.setEmail(email);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        testUsers.add(id);
    }

    private ProcessInstance action(String staffId, String category, String deadline, String managerResponsible) {
        Map<String, Object> v = new HashMap<>();
        v.put("staffId", staffId);
        v.put("actionDescription", "Audit five care notes with the deputy and correct any gaps");
        v.put("actionCategory", category);
        v.put("deadline", deadline);
        v.put("supervisionDate", clock().toLocalDate().toString());
        v.put("managerResponsible", managerResponsible);
        ProcessInstance instance = startAs("line.manager", "supervision-action", v);
        runDueJobs();
        return instance;
    }

    private LocalDateTime clock() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON);
    }

    private void verifyClear(ProcessInstance instance) {
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), Map.of(
                "outcomeClarity", "CLEAR", "priority", "HIGH", "evidenceRequired", "Signed audit of five care notes",
                "reviewDate", clock().toLocalDate().plusDays(1).toString()));
        runDueJobs();
    }

    private List<ReceivedMail> mails(String businessKey, String kind) {
        return ReceivedMail.about(businessKey).stream().filter(mail -> kind.equals(mail.kind())).toList();
    }

    @Test
    void a_new_task_goes_to_every_member_of_its_group_or_to_its_assignee() {
        user("deputy.manager2", "Della", "deputy.manager2@example.org", "deputy-managers");
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = action("S1002", "RECORD_KEEPING", "2026-12-18", "line.manager");
        String key = businessKey(instance);
        Task verification = openTask(instance, TASK_DEPUTY_VERIFICATION);
        deliver();

        List<ReceivedMail> created = mails(key, "TASK_CREATED");
        assertThat(created).flatExtracting(ReceivedMail::to)
                .containsExactlyInAnyOrder("deputy.manager@example.org", "deputy.manager2@example.org");
        ReceivedMail toDee = created.stream().filter(m -> m.to().contains("deputy.manager@example.org")).findFirst().orElseThrow();
        assertThat(toDee.subject()).isEqualTo("New task: Verify the action for Ben Carter (" + key + ")");
        assertThat(toDee.text()).contains("Hello Dee,", "A new task is waiting in Tasklist for your team (Deputy Managers)",
                "Staff member:  Ben Carter (S1002)", "Action:        Audit five care notes with the deputy and correct any gaps",
                "Due:           Friday 18 December 2026", "Reference:     " + key,
                "Open the task: " + TASKLIST + verification.getId());
        assertThat(toDee.html()).contains("<a href=\"" + TASKLIST + verification.getId() + "\"", "Ben Carter (S1002)",
                "Friday 18 December 2026");

        verifyClear(instance);
        Task followUp = openTask(instance, TASK_FOLLOW_UP_CHECK);
        deliver();
        assertThat(mails(key, "TASK_CREATED")).filteredOn(m -> m.text().contains(followUp.getId())).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.to()).containsExactly("line.manager@example.org");
                    assertThat(mail.subject()).isEqualTo("New task: Check completion and evidence for Ben Carter (" + key + ")");
                    assertThat(mail.text()).contains("Hello Lina,", "A new task is waiting for you in Tasklist.",
                            "Due:           Friday 18 December 2026");
                });
        assertThat(mails(key, "TASK_ASSIGNED")).as("the engine's assignment event after the creation is no second message")
                .isEmpty();
    }

    @Test
    void a_task_handed_to_somebody_is_told_to_them_but_claiming_it_oneself_is_not() {
        user("deputy.manager2", "Della", "deputy.manager2@example.org", "deputy-managers");
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = action("S1001", "PRACTICE_STANDARDS", "2026-12-31", "line.manager");
        String key = businessKey(instance);
        Task verification = openTask(instance, TASK_DEPUTY_VERIFICATION);
        deliver();
        TestSmtp.forgetReceived();

        asUser("deputy.manager", () -> {
            taskService.claim(verification.getId(), "deputy.manager");
            return null;
        });
        deliver();
        assertThat(mails(key, "TASK_ASSIGNED")).as("claimed for oneself").isEmpty();

        asUser("admin", () -> {
            taskService.setAssignee(verification.getId(), "deputy.manager2");
            return null;
        });
        deliver();
        assertThat(mails(key, "TASK_ASSIGNED")).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("deputy.manager2@example.org");
            assertThat(mail.subject()).isEqualTo("Assigned to you: Verify the action for Amira Hassan (" + key + ")");
            assertThat(mail.text()).contains("Hello Della,", "System Administrator has given you a task in Tasklist.",
                    "Staff member:  Amira Hassan (S1001)", "Due:           Friday 18 December 2026",
                    TASKLIST + verification.getId());
        });
    }

    @Test
    void a_reminder_comes_one_working_day_before_the_due_date_and_another_when_overdue() {
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = action("S1007", "TRAINING_REFRESHER", "2026-12-18", "line.manager");
        String key = businessKey(instance);
        verifyClear(instance);
        Task followUp = openTask(instance, TASK_FOLLOW_UP_CHECK);
        deliver();
        TestSmtp.forgetReceived();

        clockAt("2026-12-16T23:59");
        reminderScan.scan();
        deliver();
        assertThat(mails(key, "DUE_SOON")).isEmpty();

        clockAt("2026-12-17T00:00");
        reminderScan.scan();
        reminderScan.scan();
        deliver();
        assertThat(mails(key, "DUE_SOON")).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("line.manager@example.org");
            assertThat(mail.subject()).isEqualTo("Due Friday 18 December 2026: Check completion and evidence for Grace Li (" + key + ")");
            assertThat(mail.text()).contains("A reminder: this task is due by the end of Friday 18 December 2026, the next working day.",
                    "Staff member:  Grace Li (S1007)", TASKLIST + followUp.getId());
        });

        clockAt("2026-12-18T23:59");
        reminderScan.scan();
        deliver();
        assertThat(mails(key, "OVERDUE")).as("due until the end of the day").isEmpty();

        clockAt("2026-12-19T00:00");
        reminderScan.scan();
        deliver();
        reminderScan.scan();
        deliver();
        assertThat(mails(key, "OVERDUE")).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("line.manager@example.org");
            assertThat(mail.subject()).isEqualTo("Overdue: Check completion and evidence for Grace Li (" + key + ")");
            assertThat(mail.text()).contains("This task is overdue. It was due by the end of Friday 18 December 2026 and is still open.",
                    TASKLIST + followUp.getId());
        });
        assertThat(mails(key, "DUE_SOON")).hasSize(1);
    }

    @Test
    void the_working_day_before_a_due_date_skips_weekends_and_bank_holidays() {
        assertThat(reminderScan.dueSoonFrom(LocalDate.parse("2027-01-04"))).as("Monday after New Year's Day")
                .isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(reminderScan.dueSoonFrom(LocalDate.parse("2026-12-29"))).as("after Christmas and the substitute Boxing Day")
                .isEqualTo(LocalDate.parse("2026-12-24"));
        assertThat(reminderScan.dueSoonFrom(LocalDate.parse("2026-12-18"))).isEqualTo(LocalDate.parse("2026-12-17"));
    }

    @Test
    void every_registered_manager_is_told_of_an_escalation_once() {
        user("registered.manager2", "Rob", "registered.manager2@example.org", "registered-managers");
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = action("S1003", "MEDICATION", "2026-12-18", "line.manager");
        String key = businessKey(instance);
        deliver();
        TestSmtp.forgetReceived();

        clockAt("2026-12-19T00:00");
        runDueJobs();
        deliver();
        List<ReceivedMail> escalations = mails(key, "ESCALATION");
        assertThat(escalations).flatExtracting(ReceivedMail::to)
                .containsExactlyInAnyOrder("registered.manager@example.org", "registered.manager2@example.org");
        ReceivedMail toRita = escalations.stream().filter(m -> m.to().contains("registered.manager@example.org")).findFirst().orElseThrow();
        assertThat(toRita.subject()).isEqualTo("Escalated: Chloe Evans, " + key
                + " - Missed action linked to medication, safeguarding or care plan compliance");
        assertThat(toRita.text()).contains("Hello Rita,", "An action has been escalated to you (Registered Managers).",
                "Why: Missed action linked to medication, safeguarding or care plan compliance.",
                "Staff member:  Chloe Evans (S1003)", "Deadline:      Friday 18 December 2026", "Stage:         Entered in the overdue actions register",
                "See its tasks in Tasklist: http://localhost:8080/camunda/app/tasklist/default/#/?searchQuery=",
                instance.getId());
        // the review task the escalation opened is announced to the same people, as every new task is
        assertThat(mails(key, "TASK_CREATED")).flatExtracting(ReceivedMail::to)
                .contains("registered.manager@example.org", "registered.manager2@example.org");

        runDueJobs();
        reminderScan.scan();
        deliver();
        assertThat(mails(key, "ESCALATION")).hasSize(2);
    }

    @Test
    void every_senior_leader_is_told_when_an_escalated_case_goes_to_senior_oversight() {
        String staffId = newStaffMember("line.manager");
        clockAt("2026-12-01T09:00");
        ProcessInstance instance = startAs("registered.manager", "escalated-case", Map.of("staffId", staffId,
                "concernType", "SHIFT_RELIABILITY", "thresholdMet", "Third late arrival in a month",
                "concernConfirmedDate", "2026-11-30", "escalatedDate", "2026-12-01"));
        runDueJobs();
        String key = businessKey(instance);
        deliver();
        TestSmtp.forgetReceived();

        clockAt("2026-12-14T15:00");
        completeAs("registered.manager", openTask(instance, TASK_CASE_REVIEW), Map.of("actionPlanCompliance", "PARTIAL",
                "remainingRisk", "HIGH", "recheckOutcome", "FAILED", "nextDecision", "CONTINUE", "meetingDate", "2026-12-14"));
        runDueJobs();
        deliver();
        assertThat(mails(key, "ESCALATION")).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("senior.leader@example.org");
            assertThat(mail.subject()).isEqualTo("Escalated: Test " + staffId + ", " + key
                    + " - A recheck failed and the remaining risk was rated high");
            assertThat(mail.text()).contains("Hello Sam,", "An action has been escalated to you (Senior provider oversight).",
                    "Staff member:  Test " + staffId + " (" + staffId + ")",
                    "Action:        Escalated case: repeated concern about shift reliability",
                    "Stage:         Senior provider oversight, entered on the service improvement plan",
                    "Reference:     " + key);
        });
        assertThat(mails(key, "TASK_CREATED")).filteredOn(m -> m.subject().startsWith("New task: Senior oversight review"))
                .flatExtracting(ReceivedMail::to).containsExactly("senior.leader@example.org");
    }

    @Test
    void every_registered_manager_is_told_when_a_probation_action_escalates() {
        clockAt("2026-12-04T10:00");
        ProcessInstance instance = startAs("onboarding.supervisor", "probation-action", Map.of("staffId", "S1006",
                "checkpoint", "WEEK_6", "actionDescription", "Shadow two medication rounds and be observed on a third",
                "competencyArea", "MEDICATION", "deadline", "2027-01-15", "personResponsible", "mentor"));
        runDueJobs();
        String key = businessKey(instance);
        deliver();
        TestSmtp.forgetReceived();

        clockAt("2026-12-10T10:00");
        Map<String, Object> failed = new HashMap<>(Map.of("completionStatus", "FAILED", "evidenceSeen", false,
                "evidenceType", "OBSERVATION_NOTES", "probationRiskCategory", "HIGH",
                "evidenceDescription", "Observed a medication round on 9 December: two MAR omissions"));
        completeAs("deputy.manager", openTask(instance, ProbationActionProcess.TASK_DEPUTY_VERIFICATION), failed);
        runDueJobs();
        deliver();
        assertThat(mails(key, "ESCALATION")).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("registered.manager@example.org");
            assertThat(mail.text()).contains("Staff member:  Farid Rahman (S1006)",
                    "Action:        Shadow two medication rounds and be observed on a third",
                    "Deadline:      Friday 15 January 2027", "Stage:         Entered in the probation escalation register",
                    "Why: Failed action linked to medication, moving and handling or safeguarding.");
        });
    }

    @Test
    void a_task_outside_any_workflow_is_reminded_when_overdue_without_the_details_it_does_not_have() {
        clockAt("2026-12-14T10:00");
        Task task = taskService.newTask();
        task.setName("Check the fire drill log");
        task.setAssignee("quality.lead");
        task.setDueDate(java.util.Date.from(london("2026-12-18T23:59")));
        taskService.saveTask(task);
        try {
            clockAt("2026-12-19T08:00");
            reminderScan.scan();
            deliver();
            assertThat(ReceivedMail.all()).filteredOn(m -> m.text().contains(task.getId())).singleElement().satisfies(mail -> {
                assertThat(mail.kind()).isEqualTo("OVERDUE");
                assertThat(mail.to()).containsExactly("quality.lead@example.org");
                assertThat(mail.subject()).isEqualTo("Overdue: Check the fire drill log");
                assertThat(mail.text()).contains("Task:          Check the fire drill log", "Due:           Friday 18 December 2026")
                        .doesNotContain("Staff member:", "Action:", "Reference:");
                assertThat(mail.html()).doesNotContain("Staff member", "Reference");
            });
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    @Test
    void the_friday_digest_lists_each_managers_open_and_overdue_items_by_staff_member() {
        clockAt("2026-12-07T10:00");
        ProcessInstance late = action("S1001", "RECORD_KEEPING", "2026-12-09", "line.manager");
        verifyClear(late);
        clockAt("2026-12-14T10:00");
        ProcessInstance open = action("S1002", "OTHER", "2026-12-31", "line.manager");
        verifyClear(open);
        ProcessInstance otherTeam = action("S1004", "OTHER", "2026-12-30", "line.manager2");
        deliver();
        TestSmtp.forgetReceived();

        clockAt("2026-12-18T07:29");
        digest.sendIfDue();
        deliver();
        assertThat(ReceivedMail.all()).filteredOn(m -> "DIGEST".equals(m.kind())).isEmpty();

        clockAt("2026-12-18T07:30");
        digest.sendIfDue();
        digest.sendIfDue();
        deliver();
        List<ReceivedMail> digests = ReceivedMail.all().stream().filter(m -> "DIGEST".equals(m.kind())).toList();
        List<ReceivedMail> toLina = digests.stream().filter(m -> m.to().contains("line.manager@example.org")).toList();
        assertThat(toLina).as("one digest for line.manager").hasSize(1);
        ReceivedMail lina = toLina.get(0);
        assertThat(lina.subject()).startsWith("Your weekly summary for Friday 18 December 2026: ");
        String text = lina.text();
        assertThat(text).contains("Hello Lina,", "Amira Hassan (S1001)", "Ben Carter (S1002)")
                .contains("OVERDUE: Check completion and evidence, due Wednesday 9 December 2026 (you) " + businessKey(late))
                .contains("Check completion and evidence, due Thursday 31 December 2026 (you) " + businessKey(open))
                .doesNotContain("OVERDUE: Check completion and evidence, due Thursday 31 December 2026")
                .doesNotContain(businessKey(otherTeam));
        assertThat(List.of(text.indexOf("Amira Hassan (S1001)"), text.indexOf(businessKey(late)),
                text.indexOf("Ben Carter (S1002)"), text.indexOf(businessKey(open))))
                .as("grouped by staff member, in name order").isSorted();
        assertThat(lina.html()).contains("<h3", "Amira Hassan (S1001)", "Overdue:");

        assertThat(digests).filteredOn(m -> m.to().contains("line.manager2@example.org")).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Daniel Okafor (S1004)", businessKey(otherTeam),
                        "not yet claimed (Deputy Managers)"));
    }

    @Test
    void a_user_without_an_email_address_is_reported_and_can_be_sent_to_once_they_have_one() {
        user("line.manager.new", "Nia", null, "line-managers");
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = action("S1001", "OTHER", "2026-12-31", "line.manager.new");
        verifyClear(instance);
        String key = businessKey(instance);
        Map<String, Object> row = outboxRows(List.of(key)).stream()
                .filter(r -> "line.manager.new".equals(r.get("recipient_user_id"))).findFirst().orElseThrow();
        assertThat(row).containsEntry("status", "NO_ADDRESS").containsEntry("kind", "TASK_CREATED")
                .containsEntry("recipient_email", null);
        deliver();
        assertThat(ReceivedMail.about(key)).noneMatch(mail -> mail.to().isEmpty());

        ResponseEntity<Map<String, Object>> page = http.withBasicAuth("registered.manager", "demo")
                .exchange("/api/notifications?status=NO_ADDRESS", HttpMethod.GET, null, JSON);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) page.getBody().get("messages"))
                .anySatisfy(m -> assertThat(m).containsEntry("id", ((Number) row.get("id")).intValue())
                        .containsEntry("recipientUserId", "line.manager.new"));
        assertThat((Map<String, Object>) page.getBody().get("counts")).containsKeys("QUEUED", "SENT", "FAILED", "NO_ADDRESS", "HELD");

        String retry = "/api/notifications/" + row.get("id") + "/retry";
        ResponseEntity<Map<String, Object>> refused = http.withBasicAuth("admin", "demo").exchange(retry, HttpMethod.POST, null, JSON);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").toString()).contains("'line.manager.new' has no email address");

        User nia = identityService.createUserQuery().userId("line.manager.new").singleResult();
        nia.setEmail("nia@example.org");
        identityService.saveUser(nia);
        ResponseEntity<Map<String, Object>> retried = http.withBasicAuth("admin", "demo").exchange(retry, HttpMethod.POST, null, JSON);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("status", "QUEUED").containsEntry("recipientEmail", "nia@example.org");
        deliver();
        assertThat(mails(key, "TASK_CREATED")).filteredOn(m -> m.to().contains("nia@example.org")).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Hello Nia,", "A new task is waiting for you"));
    }

    @Test
    void only_administrators_and_registered_managers_see_the_notifications() {
        assertThat(http.withBasicAuth("line.manager", "demo").getForEntity("/api/notifications", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/notifications", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map<String, Object>> overview = http.withBasicAuth("admin", "demo")
                .exchange("/api/notifications?limit=5", HttpMethod.GET, null, JSON);
        assertThat(overview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(overview.getBody()).containsEntry("mailServerConfigured", true);
    }
}
