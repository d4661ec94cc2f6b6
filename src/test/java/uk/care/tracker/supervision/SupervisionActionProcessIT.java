package uk.care.tracker.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_ASSIGN_REMEDIAL_OWNERSHIP;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_FOLLOW_UP_CHECK;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_OVERDUE_REVIEW;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_REGISTER_ACTION;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_REWORD_ACTION;
import static uk.care.tracker.supervision.SupervisionActionProcess.TIMER_NEXT_WEEKLY_REVIEW;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.care.tracker.engine.InvalidEntry;
import uk.care.tracker.support.IntegrationTest;

/** Every path of the supervision-action workflow (SPEC 4.1), driven through its forms and timers. */
class SupervisionActionProcessIT extends IntegrationTest {

    static final String PROCESS = "supervision-action";

    private Map<String, Object> action(String category, String deadline) {
        Map<String, Object> v = new HashMap<>();
        v.put("staffId", "S1002");
        v.put("actionDescription", "Complete the record keeping refresher and audit five of your care notes");
        v.put("actionCategory", category);
        v.put("deadline", deadline);
        v.put("supervisionDate", "2026-12-14");
        v.put("managerResponsible", "line.manager");
        return v;
    }

    /** Starts an action on Monday 14 December 2026 and runs the registration jobs. */
    private ProcessInstance started(String category, String deadline) {
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = startAs("line.manager", PROCESS, action(category, deadline));
        assertThat(instance).isWaitingAt(TASK_REGISTER_ACTION);
        runDueJobs();
        return instance;
    }

    private void verifyClear(ProcessInstance instance) {
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), Map.of(
                "outcomeClarity", "CLEAR", "priority", "HIGH",
                "evidenceRequired", "Audit of five care notes signed by the deputy",
                "reviewDate", "2026-12-17"));
        runDueJobs();
    }

    private Map<String, Object> completeWithEvidence(String dateChecked) {
        return Map.of("completionStatus", "COMPLETE", "evidenceSeen", true, "dateChecked", dateChecked,
                "evidenceType", "AUDIT_EVIDENCE", "evidenceDescription", "Audit of five care notes, all complete, filed in the QA folder");
    }

    @Test
    void an_action_is_registered_verified_and_closed_against_evidence() {
        ProcessInstance instance = started("RECORD_KEEPING", "2026-12-18");
        String key = businessKey(instance);
        assertThat(key).matches("SA-2026-\\d{6}");

        List<Map<String, Object>> tracker = rows("action_tracker", key);
        assertThat(tracker).hasSize(1);
        assertThat(tracker.get(0)).containsEntry("entry_type", "REGISTERED").containsEntry("staff_id", "S1002")
                .containsEntry("action_category", "RECORD_KEEPING").containsEntry("manager_responsible", "line.manager")
                .containsEntry("acting_user", "line.manager").containsEntry("late_entry", false);

        Task verification = openTask(instance, TASK_DEPUTY_VERIFICATION);
        assertThat(verification.getDueDate().toInstant()).as("due Friday").isEqualTo(london("2026-12-18T23:59"));
        assertThat(taskService.getIdentityLinksForTask(verification.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("deputy-managers");

        verifyClear(instance);
        assertThat(rows("action_tracker", key)).hasSize(2).last().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "VERIFIED").containsEntry("priority", "HIGH").containsEntry("acting_user", "deputy.manager"));

        Task followUp = openTask(instance, TASK_FOLLOW_UP_CHECK);
        assertThat(followUp.getAssignee()).isEqualTo("line.manager");
        assertThat(followUp.getDueDate().toInstant()).as("due on the deadline").isEqualTo(london("2026-12-18T23:59"));

        clockAt("2026-12-17T15:00");
        completeAs("line.manager", followUp, completeWithEvidence("2026-12-17"));
        runDueJobs();

        assertThat(rows("action_closure_log", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("closed", true).containsEntry("completion_status", "COMPLETE")
                .containsEntry("evidence_type", "AUDIT_EVIDENCE").containsEntry("acting_user", "line.manager"));
        assertThat(instance).isEnded();
        assertThat(rows("overdue_actions_register", key)).isEmpty();
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(rows("audit_log", key)).extracting(r -> r.get("action"))
                .containsExactly("PROCESS_STARTED", "TASK_COMPLETED", "TASK_COMPLETED");
    }

    @Test
    void a_vague_action_goes_back_to_the_line_manager_to_reword_before_it_proceeds() {
        ProcessInstance instance = started("PRACTICE_STANDARDS", "2026-12-31");
        String key = businessKey(instance);
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION),
                Map.of("outcomeClarity", "VAGUE", "returnReason", "Improve practice is not measurable"));
        runDueJobs();

        Task reword = openTask(instance, TASK_REWORD_ACTION);
        assertThat(reword.getAssignee()).as("the line manager who entered it").isEqualTo("line.manager");
        completeAs("line.manager", reword, Map.of("actionDescription",
                "Shadow a senior carer on two medication rounds and record the observation notes"));
        runDueJobs();

        assertThat(instance).isWaitingAt(TASK_DEPUTY_VERIFICATION);
        assertThat(rows("action_tracker", key)).extracting(r -> r.get("entry_type"))
                .containsExactly("REGISTERED", "RETURNED_FOR_REWORDING", "REWORDED");
        assertThat(rows("action_tracker", key).get(1)).containsEntry("return_reason", "Improve practice is not measurable");
        assertThat(rows("action_tracker", key).get(2)).containsEntry("action_description",
                "Shadow a senior carer on two medication rounds and record the observation notes");
        verifyClear(instance);
        assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_CHECK);
    }

    @Test
    void record_keeping_escalates_when_overdue_by_more_than_seven_calendar_days() {
        ProcessInstance instance = started("RECORD_KEEPING", "2026-12-18");
        String key = businessKey(instance);
        verifyClear(instance);

        Job escalation = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(escalation.getDuedate().toInstant()).isEqualTo(london("2026-12-26T00:00"));

        clockAt(london("2026-12-25T23:59:59"));
        runDueJobs();
        assertThat(rows("overdue_actions_register", key)).isEmpty();

        clockAt(london("2026-12-26T00:00"));
        runDueJobs();
        assertThat(rows("overdue_actions_register", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "ESCALATED").containsEntry("overdue_days", 8)
                .containsEntry("escalation_reason", "Overdue by more than seven calendar days"));
        Task review = openTask(instance, TASK_OVERDUE_REVIEW);
        assertThat(review.getDueDate().toInstant()).as("Friday 1 January is a bank holiday").isEqualTo(london("2026-12-31T23:59"));
        assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("registered-managers");
        assertThat(openTask(instance, TASK_FOLLOW_UP_CHECK).getAssignee()).as("still open for the manager").isEqualTo("line.manager");
    }

    @Test
    void medication_escalates_as_soon_as_the_deadline_passes() {
        ProcessInstance instance = started("MEDICATION", "2026-12-18");
        String key = businessKey(instance);
        Job escalation = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(escalation.getDuedate().toInstant()).isEqualTo(london("2026-12-19T00:00"));

        clockAt(london("2026-12-19T00:00"));
        runDueJobs();
        assertThat(rows("overdue_actions_register", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "ESCALATED").containsEntry("overdue_days", 1)
                .containsEntry("escalation_reason", "Missed action linked to medication, safeguarding or care plan compliance"));
        assertThat(instance).isWaitingAt(TASK_DEPUTY_VERIFICATION, TASK_OVERDUE_REVIEW);
    }

    @Test
    void the_weekly_review_repeats_and_assigns_remedial_ownership_until_closure() {
        ProcessInstance instance = started("RECORD_KEEPING", "2026-12-18");
        String key = businessKey(instance);
        verifyClear(instance);
        clockAt(london("2026-12-26T00:00"));
        runDueJobs();

        clockAt("2026-12-29T10:00");
        completeAs("registered.manager", openTask(instance, TASK_OVERDUE_REVIEW), Map.of(
                "reasonForDelay", "Manager on leave, no cover arranged", "validExplanation", "false",
                "escalationStage", "REMEDIAL_OWNERSHIP"));
        runDueJobs();

        Task remedial = openTask(instance, TASK_ASSIGN_REMEDIAL_OWNERSHIP);
        assertThat(remedial.getDueDate().toInstant()).as("within one working day").isEqualTo(london("2026-12-30T23:59"));
        completeAs("registered.manager", remedial, Map.of("remedialOwner", "line.manager2",
                "remedialPlan", "Complete the audit with the staff member by 8 January"));
        runDueJobs();

        assertThat(openTask(instance, TASK_FOLLOW_UP_CHECK).getAssignee()).isEqualTo("line.manager2");
        assertThat(rows("overdue_actions_register", key)).extracting(r -> r.get("entry_type"))
                .containsExactly("ESCALATED", "WEEKLY_REVIEW", "REMEDIAL_OWNERSHIP");
        assertThat(rows("overdue_actions_register", key).get(1)).containsEntry("valid_explanation", false)
                .containsEntry("overdue_days", 11).containsEntry("review_cycle", 1).containsEntry("acting_user", "registered.manager");
        assertThat(rows("overdue_actions_register", key).get(2)).containsEntry("remedial_owner", "line.manager2");

        // no second review until the next review week
        assertThat(instance).isWaitingAt(TIMER_NEXT_WEEKLY_REVIEW, TASK_FOLLOW_UP_CHECK);
        clockAt(london("2027-01-02T00:00"));
        runDueJobs();
        assertThat(openTask(instance, TASK_OVERDUE_REVIEW).getDueDate().toInstant()).isEqualTo(london("2027-01-08T23:59"));

        clockAt("2027-01-05T11:00");
        completeAs("line.manager2", openTask(instance, TASK_FOLLOW_UP_CHECK), completeWithEvidence("2027-01-05"));
        runDueJobs();
        assertThat(instance).isEnded();
        assertThat(rows("overdue_actions_register", key)).extracting(r -> r.get("entry_type")).last().isEqualTo("CLOSED");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    /**
     * Issue 11: the weekly Registered Manager review falls due each Friday from the escalation whether or not the
     * last one was done. Escalated Saturday 26 December 2026: the first review is due Thursday 31 December (1 January
     * is a bank holiday), the second Friday 8 January; both skipped are recorded as missed at 00:00 after their day,
     * and only the current week's review is ever open.
     */
    @Test
    void skipped_weekly_reviews_are_recorded_as_missed_and_the_next_falls_due_on_its_friday() {
        ProcessInstance instance = started("RECORD_KEEPING", "2026-12-18");
        String key = businessKey(instance);
        verifyClear(instance);
        clockAt(london("2026-12-26T00:00"));
        runDueJobs();
        assertThat(openTask(instance, TASK_OVERDUE_REVIEW).getDueDate().toInstant()).isEqualTo(london("2026-12-31T23:59"));

        clockAt(london("2027-01-01T00:00"));
        runDueJobs();
        assertThat(rows("overdue_actions_register", key)).extracting(r -> r.get("entry_type")).containsExactly("ESCALATED", "MISSED_REVIEW");
        assertThat(openTasks(instance, TASK_OVERDUE_REVIEW)).as("closed as missed").isEmpty();
        clockAt(london("2027-01-02T00:00"));
        runDueJobs();
        assertThat(openTask(instance, TASK_OVERDUE_REVIEW).getDueDate().toInstant()).isEqualTo(london("2027-01-08T23:59"));

        clockAt(london("2027-01-09T00:00"));
        runDueJobs();
        List<Map<String, Object>> register = rows("overdue_actions_register", key);
        assertThat(register).extracting(r -> r.get("entry_type")).containsExactly("ESCALATED", "MISSED_REVIEW", "MISSED_REVIEW");
        assertThat(register.subList(1, 3)).extracting(r -> r.get("review_cycle")).containsExactly(1, 2);
        assertThat(register.subList(1, 3)).extracting(r -> uk.care.tracker.registers.Rows.localDate(r.get("review_due")))
                .containsExactly(java.time.LocalDate.of(2026, 12, 31), java.time.LocalDate.of(2027, 1, 8));
        assertThat(register.subList(1, 3)).extracting(r -> r.get("acting_user")).containsOnly("system");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) http.withBasicAuth("registered.manager", "demo")
                .getForObject("/api/actions/" + key, Map.class).get("reviews");
        assertThat(history).filteredOn(r -> "OVERDUE_REVIEW_MISSED".equals(r.get("kind"))).extracting(r -> r.get("summary"))
                .containsExactly("Weekly review 1 not done by the end of 2026-12-31", "Weekly review 2 not done by the end of 2027-01-08");
        clockAt(london("2027-01-09T09:00"));
        runDueJobs();
        assertThat(openTask(instance, TASK_OVERDUE_REVIEW).getDueDate().toInstant()).isEqualTo(london("2027-01-15T23:59"));

        completeAs("registered.manager", openTask(instance, TASK_OVERDUE_REVIEW), Map.of(
                "reasonForDelay", "Staff member off sick; agreed extension", "validExplanation", "true",
                "escalationStage", "WEEKLY_REVIEW"));
        runDueJobs();
        assertThat(rows("overdue_actions_register", key)).last().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "WEEKLY_REVIEW").containsEntry("review_cycle", 3));
        assertThat(uk.care.tracker.registers.Rows.localDate(rows("overdue_actions_register", key).get(3).get("review_due")))
                .isEqualTo(java.time.LocalDate.of(2027, 1, 15));
    }

    @Test
    void a_valid_explanation_needs_no_remedial_owner_and_the_review_comes_back_next_week() {
        ProcessInstance instance = started("OTHER", "2026-12-18");
        verifyClear(instance);
        clockAt(london("2026-12-26T00:00"));
        runDueJobs();
        clockAt("2026-12-30T09:00");
        completeAs("registered.manager", openTask(instance, TASK_OVERDUE_REVIEW), Map.of(
                "reasonForDelay", "Staff member off sick; agreed extension", "validExplanation", "true",
                "escalationStage", "WEEKLY_REVIEW"));
        runDueJobs();
        assertThat(instance).isWaitingAt(TIMER_NEXT_WEEKLY_REVIEW, TASK_FOLLOW_UP_CHECK);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_ASSIGN_REMEDIAL_OWNERSHIP).count()).isZero();
    }

    @Test
    void an_incomplete_check_keeps_the_action_open_until_the_next_check_date() {
        ProcessInstance instance = started("TRAINING_REFRESHER", "2026-12-18");
        String key = businessKey(instance);
        verifyClear(instance);
        clockAt("2026-12-18T12:00");
        completeAs("line.manager", openTask(instance, TASK_FOLLOW_UP_CHECK), Map.of(
                "completionStatus", "PARTIALLY_COMPLETE", "evidenceSeen", false, "dateChecked", "2026-12-18",
                "evidenceType", "TRAINING_CONFIRMATION", "evidenceDescription", "Two of three modules completed online",
                "nextCheckDate", "2026-12-22"));
        runDueJobs();

        assertThat(rows("action_closure_log", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("closed", false).containsEntry("completion_status", "PARTIALLY_COMPLETE"));
        Task next = openTask(instance, TASK_FOLLOW_UP_CHECK);
        assertThat(next.getDueDate().toInstant()).isEqualTo(london("2026-12-22T23:59"));
        assertThat(taskService.getVariable(next.getId(), "completionStatus")).as("answered afresh").isNull();
    }

    @Test
    void a_start_with_bad_input_is_refused_with_every_reason_and_leaves_nothing_behind() {
        clockAt("2026-12-14T10:00");
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();
        int rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM action_tracker", Integer.class);
        Map<String, Object> bad = action("RECORD_KEEPING", "2026-12-01");
        bad.put("staffId", "NOBODY");
        bad.put("managerResponsible", "mentor");

        assertThatThrownBy(() -> startAs("line.manager", PROCESS, bad))
                .isInstanceOf(InvalidEntry.class)
                .hasMessageContaining("no staff member with the id 'NOBODY'")
                .hasMessageContaining("deadline 2026-12-01 is before the supervision date 2026-12-14")
                .hasMessageContaining("'mentor' is not a line manager");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM action_tracker", Integer.class)).isEqualTo(rowsBefore);
    }

    @Test
    void an_entry_after_the_supervision_day_is_accepted_and_flagged_late() {
        clockAt("2026-12-16T09:00");
        ProcessInstance instance = startAs("line.manager", PROCESS, action("OTHER", "2026-12-31"));
        runDueJobs();
        assertThat(rows("action_tracker", businessKey(instance)).get(0)).containsEntry("late_entry", true);
    }

    @Test
    void an_action_cannot_be_closed_as_complete_without_evidence() {
        ProcessInstance instance = started("RECORD_KEEPING", "2026-12-18");
        verifyClear(instance);
        Task followUp = openTask(instance, TASK_FOLLOW_UP_CHECK);
        Map<String, Object> noEvidence = new HashMap<>(completeWithEvidence("2026-12-15"));
        noEvidence.put("evidenceSeen", false);
        noEvidence.put("evidenceId", "00000000-0000-0000-0000-000000000000");

        assertThatThrownBy(() -> completeAs("line.manager", followUp, noEvidence))
                .isInstanceOf(InvalidEntry.class)
                .hasMessageContaining("cannot be closed as complete without evidence")
                .hasMessageContaining("No uploaded evidence has the reference");
        assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_CHECK);
        assertThat(rows("action_closure_log", businessKey(instance))).isEmpty();
    }

    @Test
    void only_the_deputy_managers_can_complete_the_verification() {
        ProcessInstance instance = started("RECORD_KEEPING", "2026-12-18");
        Task verification = openTask(instance, TASK_DEPUTY_VERIFICATION);
        assertThatThrownBy(() -> completeAs("line.manager2", verification, Map.of("outcomeClarity", "VAGUE",
                "returnReason", "not mine to judge")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(instance).isWaitingAt(TASK_DEPUTY_VERIFICATION);
    }
}
