package uk.care.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.care.tracker.escalation.EscalatedCaseProcess.START_EVENT_PROGRESS_CHECK_DUE;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_ACTION_PLAN;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_CASE_REVIEW;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_HR_CLOSE_OR_ADVANCE;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_MONITORING_CHECK;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_MONITORING_REVIEW;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_SENIOR_OVERSIGHT_REVIEW;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_STAFF_ACKNOWLEDGEMENT;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TIMER_NEXT_CASE_REVIEW;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.care.tracker.engine.InvalidEntry;
import uk.care.tracker.support.IntegrationTest;

/** Every path of the escalated-case workflow (SPEC 4.2), through its forms and timers. */
class EscalatedCaseProcessIT extends IntegrationTest {

    static final String PROCESS = "escalated-case";

    private String staffId;

    private Map<String, Object> escalation(String confirmed, String escalated) {
        Map<String, Object> v = new HashMap<>();
        v.put("staffId", staffId);
        v.put("concernType", "DOCUMENTATION");
        v.put("thresholdMet", "Third documentation concern in 90 days despite supervision actions");
        v.put("concernConfirmedDate", confirmed);
        v.put("escalatedDate", escalated);
        return v;
    }

    /** A case escalated on Tuesday 1 December 2026, with its first jobs run. */
    private ProcessInstance escalatedOnFirstDecember() {
        staffId = newStaffMember("line.manager");
        clockAt("2026-12-01T09:00");
        ProcessInstance instance = startAs("registered.manager", PROCESS, escalation("2026-11-30", "2026-12-01"));
        runDueJobs();
        return instance;
    }

    private void monitoringEntry(ProcessInstance instance, String task, String prefix, int rating) {
        completeAs("deputy.manager", openTask(instance, task), Map.of(prefix + "ShiftObservations", 2,
                prefix + "AuditFindings", "Two of five daily notes incomplete", prefix + "ProgressRating", String.valueOf(rating)));
        runDueJobs();
    }

    private void caseReview(ProcessInstance instance, String recheck, String risk, String decision, String meeting) {
        completeAs("registered.manager", openTask(instance, TASK_CASE_REVIEW), Map.of("actionPlanCompliance", "PARTIAL",
                "remainingRisk", risk, "recheckOutcome", recheck, "nextDecision", decision, "meetingDate", meeting));
        runDueJobs();
    }

    private List<Map<String, Object>> improvementPlan(ProcessInstance instance) {
        return rows("service_improvement_plan", businessKey(instance));
    }

    @Test
    void a_case_opens_with_its_plan_monitoring_and_reviews_due_on_the_article_rhythm() {
        ProcessInstance instance = escalatedOnFirstDecember();
        String key = businessKey(instance);
        assertThat(key).matches("EC-2026-\\d{6}");
        assertThat(rows("formal_escalation_tracker", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "OPENED").containsEntry("concern_type", "DOCUMENTATION")
                .containsEntry("acting_user", "registered.manager").containsEntry("late_entry", false)
                .containsEntry("line_manager", "line.manager"));
        assertThat(rows("formal_escalation_tracker", key).get(0).get("target_closure_date").toString()).isEqualTo("2027-01-26");

        Task plan = openTask(instance, TASK_ACTION_PLAN);
        assertThat(plan.getAssignee()).isEqualTo("line.manager");
        assertThat(plan.getDueDate().toInstant()).as("within 24 hours").isEqualTo(london("2026-12-02T09:00"));
        assertThat(openTask(instance, TASK_MONITORING_REVIEW).getDueDate().toInstant()).isEqualTo(london("2026-12-08T23:59"));
        assertThat(openTask(instance, TASK_MONITORING_CHECK).getDueDate().toInstant()).isEqualTo(london("2026-12-08T23:59"));
        assertThat(openTask(instance, TASK_CASE_REVIEW).getDueDate().toInstant()).isEqualTo(london("2026-12-15T23:59"));
        assertThat(taskService.getIdentityLinksForTask(openTask(instance, TASK_CASE_REVIEW).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("registered-managers");

        completeAs("line.manager", plan, Map.of("correctiveAction", "Complete daily notes before the end of each shift",
                "reviewMeetingDate", "2026-12-15", "recheckMethod", "AUDIT"));
        runDueJobs();
        completeAs("line.manager", openTask(instance, TASK_STAFF_ACKNOWLEDGEMENT), Map.of("acknowledgedBy", "Test staff",
                "acknowledgedOn", "2026-12-01", "acknowledgementMethod", "SIGNED_PAPER"));
        runDueJobs();
        assertThat(rows("escalation_action_plan", key)).extracting(r -> r.get("entry_type")).containsExactly("PLAN", "ACKNOWLEDGED");
        assertThat(rows("escalation_action_plan", key).get(1)).containsEntry("acknowledged_by", "Test staff")
                .containsEntry("acting_user", "line.manager");
    }

    @Test
    void monitoring_entries_repeat_and_the_formal_review_comes_round_every_seven_days() {
        ProcessInstance instance = escalatedOnFirstDecember();
        String key = businessKey(instance);
        clockAt("2026-12-03T10:00");
        monitoringEntry(instance, TASK_MONITORING_CHECK, "check", 2);
        assertThat(openTasks(instance, TASK_MONITORING_CHECK)).as("a new entry is open after each check").hasSize(1);
        clockAt("2026-12-07T10:00");
        monitoringEntry(instance, TASK_MONITORING_REVIEW, "review", 3);

        assertThat(rows("escalated_case_monitoring_log", key)).extracting(r -> r.get("entry_type"))
                .containsExactly("INTERIM_CHECK", "FORMAL_REVIEW");
        assertThat(rows("escalated_case_monitoring_log", key).get(1)).containsEntry("progress_rating", 3).containsEntry("review_cycle", 1)
                .containsEntry("acting_user", "deputy.manager");
        assertThat(uk.care.tracker.registers.Rows.instant(rows("escalated_case_monitoring_log", key).get(1).get("review_due")))
                .as("kept for review timeliness").isEqualTo(london("2026-12-08T23:59"));
        assertThat(openTasks(instance, TASK_MONITORING_REVIEW)).as("waits for the next week").isEmpty();
        clockAt("2026-12-09T00:00");
        runDueJobs();
        assertThat(openTask(instance, TASK_MONITORING_REVIEW).getDueDate().toInstant()).isEqualTo(london("2026-12-15T23:59"));
    }

    @Test
    void the_fortnightly_review_continues_then_hr_closes_the_case() {
        ProcessInstance instance = escalatedOnFirstDecember();
        String key = businessKey(instance);
        clockAt("2026-12-14T15:00");
        caseReview(instance, "NOT_YET_RECHECKED", "MEDIUM", "CONTINUE", "2026-12-14");
        assertThat(openTasks(instance, TASK_CASE_REVIEW)).isEmpty();
        clockAt("2026-12-16T00:00");
        runDueJobs();
        assertThat(openTask(instance, TASK_CASE_REVIEW).getDueDate().toInstant()).isEqualTo(london("2026-12-29T23:59"));

        clockAt("2026-12-29T11:00");
        caseReview(instance, "PASSED", "LOW", "CLOSE", "2026-12-29");
        Task hr = openTask(instance, TASK_HR_CLOSE_OR_ADVANCE);
        assertThat(hr.getDueDate().toInstant()).as("straight after the decision").isEqualTo(london("2026-12-30T23:59"));
        completeAs("hr.lead", hr, Map.of("caseOutcome", "CLOSED", "hrPathway", "NONE",
                "evidenceSupportingClosure", "Audits of 29 December show all notes complete for two weeks"));
        runDueJobs();

        assertThat(instance).isEnded();
        assertThat(rows("escalated_workforce_case_review", key)).extracting(r -> r.get("next_decision")).containsExactly("CONTINUE", "CLOSE");
        assertThat(rows("workforce_case_closure_register", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("case_outcome", "CLOSED").containsEntry("hr_pathway", "NONE").containsEntry("acting_user", "hr.lead"));
        assertThat(rows("formal_escalation_tracker", key)).extracting(r -> r.get("entry_type")).containsExactly("OPENED", "CLOSED");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void hr_advances_a_case_referred_to_the_hr_pathway() {
        ProcessInstance instance = escalatedOnFirstDecember();
        clockAt("2026-12-14T15:00");
        caseReview(instance, "FAILED", "MEDIUM", "REFER_HR", "2026-12-14");
        assertThatThrownBy(() -> completeAs("hr.lead", openTask(instance, TASK_HR_CLOSE_OR_ADVANCE), Map.of("caseOutcome", "ADVANCED",
                "hrPathway", "NONE", "evidenceSupportingClosure", "Recheck failed twice")))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("must name the formal HR pathway");
        completeAs("hr.lead", openTask(instance, TASK_HR_CLOSE_OR_ADVANCE), Map.of("caseOutcome", "ADVANCED",
                "hrPathway", "CAPABILITY", "evidenceSupportingClosure", "Recheck of 14 December failed; capability meeting booked"));
        runDueJobs();
        assertThat(instance).isEnded();
        assertThat(rows("workforce_case_closure_register", businessKey(instance))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("case_outcome", "ADVANCED").containsEntry("hr_pathway", "CAPABILITY"));
    }

    @Test
    void two_missed_reviews_go_to_senior_provider_oversight() {
        ProcessInstance instance = escalatedOnFirstDecember();
        String key = businessKey(instance);
        clockAt("2026-12-08T23:59");
        runDueJobs();
        assertThat(improvementPlan(instance)).isEmpty();
        clockAt("2026-12-09T00:00");
        runDueJobs();
        assertThat(rows("escalated_case_monitoring_log", key)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("entry_type", "MISSED_REVIEW").containsEntry("review_cycle", 1));
        assertThat(improvementPlan(instance)).as("one missed review is not enough").isEmpty();
        assertThat(openTask(instance, TASK_MONITORING_REVIEW).getDueDate().toInstant())
                .as("the missed review is closed and the next week's is open").isEqualTo(london("2026-12-15T23:59"));

        clockAt("2026-12-16T00:00");
        runDueJobs();
        assertThat(rows("escalated_workforce_case_review", key)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("entry_type", "MISSED_REVIEW"));
        assertThat(improvementPlan(instance)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "ESCALATED_TO_SENIOR_OVERSIGHT").containsEntry("trigger_code", "TWO_MISSED_REVIEWS"));
        Task oversight = openTask(instance, TASK_SENIOR_OVERSIGHT_REVIEW);
        assertThat(taskService.getIdentityLinksForTask(oversight.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("senior-leaders");
        completeAs("senior.leader", oversight, Map.of("oversightResponse", "Deputy capacity issue; reviews reassigned",
                "improvementActions", "Weekly check of review completion by the registered manager"));
        runDueJobs();
        assertThat(improvementPlan(instance)).extracting(r -> r.get("entry_type"))
                .containsExactly("ESCALATED_TO_SENIOR_OVERSIGHT", "SENIOR_RESPONSE");
    }

    private ProcessInstance escalatedOn(String confirmed, String escalated) {
        staffId = newStaffMember("line.manager");
        clockAt(escalated + "T09:00");
        ProcessInstance instance = startAs("registered.manager", PROCESS, escalation(confirmed, escalated));
        runDueJobs();
        return instance;
    }

    private static java.time.Instant instant(Object timestamp) {
        return uk.care.tracker.registers.Rows.instant(timestamp);
    }

    /**
     * Issue 11, worked example: escalated Monday 1 February 2027; the formal monitoring reviews due 8 and 15 February
     * are skipped, the case review due 15 February is done on time. Each review falls due on its own date, each
     * skipped one is recorded as missed at 00:00 after its due day, and the second sends the case to senior
     * provider oversight at 2027-02-16T00:00.
     */
    @Test
    void skipped_monitoring_reviews_fall_due_on_the_calendar_and_the_second_goes_to_senior_oversight_on_16_february() {
        ProcessInstance instance = escalatedOn("2027-02-01", "2027-02-01");
        String key = businessKey(instance);
        assertThat(openTask(instance, TASK_MONITORING_REVIEW).getDueDate().toInstant()).isEqualTo(london("2027-02-08T23:59"));

        clockAt("2027-02-09T00:00");
        runDueJobs();
        assertThat(rows("escalated_case_monitoring_log", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "MISSED_REVIEW").containsEntry("review_cycle", 1).containsEntry("acting_user", "system"));
        assertThat(instant(rows("escalated_case_monitoring_log", key).get(0).get("recorded_at"))).isEqualTo(london("2027-02-09T00:00"));
        assertThat(openTask(instance, TASK_MONITORING_REVIEW).getDueDate().toInstant()).as("second review, on its own date")
                .isEqualTo(london("2027-02-15T23:59"));

        clockAt("2027-02-15T14:00");
        caseReview(instance, "NOT_YET_RECHECKED", "MEDIUM", "CONTINUE", "2027-02-15");
        clockAt("2027-02-15T23:59");
        runDueJobs();
        assertThat(improvementPlan(instance)).isEmpty();

        clockAt("2027-02-16T00:00");
        runDueJobs();
        List<Map<String, Object>> log = rows("escalated_case_monitoring_log", key);
        assertThat(log).extracting(r -> r.get("entry_type")).containsExactly("MISSED_REVIEW", "MISSED_REVIEW");
        assertThat(log).extracting(r -> r.get("review_cycle")).containsExactly(1, 2);
        assertThat(log).extracting(r -> instant(r.get("review_due")))
                .containsExactly(london("2027-02-08T23:59"), london("2027-02-15T23:59"));
        assertThat(rows("escalated_workforce_case_review", key)).extracting(r -> r.get("entry_type")).containsExactly("REVIEW");
        assertThat(improvementPlan(instance)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("trigger_code", "TWO_MISSED_REVIEWS");
            assertThat(instant(row.get("recorded_at"))).isEqualTo(london("2027-02-16T00:00"));
        });
        assertThat(openTasks(instance, TASK_SENIOR_OVERSIGHT_REVIEW)).hasSize(1);
        assertThat(openTask(instance, TASK_MONITORING_REVIEW).getDueDate().toInstant()).isEqualTo(london("2027-02-22T23:59"));
        assertThat(openTask(instance, TASK_CASE_REVIEW).getDueDate().toInstant()).isEqualTo(london("2027-03-01T23:59"));

        clockAt("2027-02-23T00:00");
        runDueJobs();
        assertThat(rows("escalated_case_monitoring_log", key)).as("a third miss is recorded too").hasSize(3);
        assertThat(improvementPlan(instance)).as("already on the plan").hasSize(1);
        assertThat(openTasks(instance, TASK_SENIOR_OVERSIGHT_REVIEW)).hasSize(1);
    }

    /**
     * Issue 11: a case escalated on Saturday 6 February 2027 has its fourth formal monitoring review and its second
     * case review missed, and its 28 days without progress, all at 00:00 on Saturday 6 March. Both triggers are
     * on the service improvement plan; the senior leaders get one review naming both.
     */
    @Test
    void triggers_that_fire_together_are_all_on_the_plan_and_open_one_senior_oversight_review() {
        ProcessInstance instance = escalatedOn("2027-02-05", "2027-02-06");
        String key = businessKey(instance);
        clockAt("2027-02-08T10:00");
        monitoringEntry(instance, TASK_MONITORING_CHECK, "check", 2);
        clockAt("2027-02-12T10:00");
        monitoringEntry(instance, TASK_MONITORING_REVIEW, "review", 2);
        clockAt("2027-02-19T10:00");
        runDueJobs();
        monitoringEntry(instance, TASK_MONITORING_REVIEW, "review", 2);
        caseReview(instance, "NOT_YET_RECHECKED", "MEDIUM", "CONTINUE", "2027-02-19");
        clockAt("2027-02-27T00:00");
        runDueJobs();
        assertThat(rows("escalated_case_monitoring_log", key)).extracting(r -> r.get("entry_type")).last().isEqualTo("MISSED_REVIEW");
        assertThat(improvementPlan(instance)).isEmpty();

        clockAt("2027-03-06T00:00");
        runDueJobs();
        assertThat(improvementPlan(instance)).extracting(r -> r.get("trigger_code"))
                .containsExactlyInAnyOrder("TWO_MISSED_REVIEWS", "NO_MEASURABLE_PROGRESS");
        assertThat(improvementPlan(instance)).allSatisfy(row -> assertThat(instant(row.get("recorded_at"))).isEqualTo(london("2027-03-06T00:00")));
        Task oversight = openTask(instance, TASK_SENIOR_OVERSIGHT_REVIEW);
        assertThat((String) taskService.getVariable(oversight.getId(), "oversightReasons"))
                .contains("Two reviews of the case were missed").contains("No measurable progress");
        completeAs("senior.leader", oversight, Map.of("oversightResponse", "Deputy manager cover arranged; progress plan rewritten",
                "improvementActions", "Weekly review completion check"));
        runDueJobs();
        assertThat(improvementPlan(instance)).extracting(r -> r.get("entry_type"))
                .containsExactly("ESCALATED_TO_SENIOR_OVERSIGHT", "ESCALATED_TO_SENIOR_OVERSIGHT", "SENIOR_RESPONSE");
        assertThat(openTasks(instance, TASK_SENIOR_OVERSIGHT_REVIEW)).isEmpty();
    }

    @Test
    void a_failed_recheck_rated_high_risk_goes_to_senior_provider_oversight() {
        ProcessInstance instance = escalatedOnFirstDecember();
        clockAt("2026-12-14T15:00");
        caseReview(instance, "FAILED", "HIGH", "CONTINUE", "2026-12-14");
        assertThat(improvementPlan(instance)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("trigger_code", "FAILED_HIGH_RISK_RECHECK"));
        assertThat(openTasks(instance, TASK_SENIOR_OVERSIGHT_REVIEW)).hasSize(1);
        assertThat(instance).isWaitingAt(TIMER_NEXT_CASE_REVIEW);
    }

    @Test
    void a_failed_recheck_at_medium_risk_does_not() {
        ProcessInstance instance = escalatedOnFirstDecember();
        clockAt("2026-12-14T15:00");
        caseReview(instance, "FAILED", "MEDIUM", "CONTINUE", "2026-12-14");
        assertThat(improvementPlan(instance)).isEmpty();
    }

    /** Reviews kept on time, so only the progress rule can escalate. */
    private ProcessInstance ratedOverFourWeeks(int... ratings) {
        ProcessInstance instance = escalatedOnFirstDecember();
        clockAt("2026-12-02T10:00");
        monitoringEntry(instance, TASK_MONITORING_CHECK, "check", ratings[0]);
        String[] reviewDays = {"2026-12-07", "2026-12-14", "2026-12-21"};
        for (int i = 0; i < reviewDays.length; i++) {
            clockAt(reviewDays[i] + "T10:00");
            runDueJobs();
            monitoringEntry(instance, TASK_MONITORING_REVIEW, "review", ratings[i + 1]);
            if (i == 1) {
                caseReview(instance, "NOT_YET_RECHECKED", "MEDIUM", "CONTINUE", reviewDays[i]);
            }
        }
        return instance;
    }

    @Test
    void no_measurable_progress_28_days_after_escalation_goes_to_senior_oversight_on_29_december() {
        ProcessInstance instance = ratedOverFourWeeks(2, 2, 2, 2);
        Job check = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(START_EVENT_PROGRESS_CHECK_DUE).singleResult();
        assertThat(check.getDuedate().toInstant()).isEqualTo(london("2026-12-29T00:00"));
        clockAt("2026-12-28T23:59");
        runDueJobs();
        assertThat(improvementPlan(instance)).isEmpty();

        clockAt("2026-12-29T00:00");
        runDueJobs();
        assertThat(improvementPlan(instance)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("trigger_code", "NO_MEASURABLE_PROGRESS"));
        assertThat(rows("escalated_case_monitoring_log", businessKey(instance))).extracting(r -> r.get("entry_type"))
                .contains("NO_MEASURABLE_PROGRESS");
    }

    @Test
    void a_rating_that_rose_to_3_is_measurable_progress() {
        ProcessInstance instance = ratedOverFourWeeks(2, 2, 2, 3);
        clockAt("2026-12-29T00:00");
        runDueJobs();
        assertThat(improvementPlan(instance)).isEmpty();
        assertThat(rows("escalated_case_monitoring_log", businessKey(instance))).extracting(r -> r.get("entry_type"))
                .contains("PROGRESS_SHOWN");
    }

    @Test
    void a_case_opened_more_than_one_working_day_after_confirmation_is_flagged_late() {
        staffId = newStaffMember("line.manager");
        clockAt("2026-12-07T09:00"); // confirmed Thursday 3rd; one working day later is Friday 4th
        ProcessInstance instance = startAs("registered.manager", PROCESS, escalation("2026-12-03", "2026-12-07"));
        runDueJobs();
        assertThat(rows("formal_escalation_tracker", businessKey(instance)).get(0)).containsEntry("late_entry", true);
    }

    @Test
    void bad_dates_are_refused_and_only_registered_managers_open_cases() {
        staffId = newStaffMember("line.manager");
        clockAt("2026-12-07T09:00");
        assertThatThrownBy(() -> startAs("registered.manager", PROCESS, escalation("2026-12-05", "2026-12-04")))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("before the concern was confirmed");
        assertThatThrownBy(() -> startAs("line.manager", PROCESS, escalation("2026-12-04", "2026-12-04")))
                .isInstanceOf(AuthorizationException.class);
        ProcessInstance instance = startAs("registered.manager", PROCESS, escalation("2026-12-04", "2026-12-07"));
        runDueJobs();
        assertThatThrownBy(() -> completeAs("deputy.manager", openTask(instance, TASK_CASE_REVIEW), Map.of()))
                .isInstanceOf(AuthorizationException.class);
    }
}
