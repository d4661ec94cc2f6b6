package uk.care.tracker.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.care.tracker.probation.ProbationActionProcess.END_EVENT_ALREADY_ESCALATED;
import static uk.care.tracker.probation.ProbationActionProcess.END_EVENT_ALREADY_UNDER_OVERSIGHT;
import static uk.care.tracker.probation.ProbationActionProcess.END_EVENT_NO_EARLY_WARNING;
import static uk.care.tracker.probation.ProbationActionProcess.END_EVENT_WARNING_ANSWERED;
import static uk.care.tracker.probation.ProbationActionProcess.START_EVENT_OVERDUE_THRESHOLD;
import static uk.care.tracker.probation.ProbationActionProcess.TASK_DEPUTY_VERIFICATION;
import static uk.care.tracker.probation.ProbationActionProcess.TASK_EARLY_WARNING_REVIEW;
import static uk.care.tracker.probation.ProbationActionProcess.TASK_ENHANCED_OVERSIGHT_REVIEW;
import static uk.care.tracker.probation.ProbationActionProcess.TASK_MENTOR_SUPPORT_LOG;
import static uk.care.tracker.probation.ProbationActionProcess.TASK_PROBATION_ESCALATION;
import static uk.care.tracker.probation.ProbationActionProcess.TASK_REGISTER_ACTION;
import static uk.care.tracker.probation.ProbationActionProcess.TIMER_EARLY_WARNING;
import static uk.care.tracker.probation.ProbationActionProcess.TIMER_NEXT_VERIFICATION;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.engine.InvalidEntry;
import uk.care.tracker.registers.Rows;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * Every path of the probation-action workflow (SPEC 4.3, article example 3), driven through its forms and timers.
 * The new starters come from the demo staff directory: S1006 started on Monday 2 November 2026 (week-12 decision
 * Monday 25 January 2027), S1003 on Monday 5 October 2026 (week-12 decision Monday 28 December 2026, a bank holiday).
 */
class ProbationActionProcessIT extends IntegrationTest {

    static final String PROCESS = "probation-action";

    private Map<String, Object> action(String staffId, String area, String deadline) {
        Map<String, Object> v = new HashMap<>();
        v.put("staffId", staffId);
        v.put("checkpoint", "WEEK_6");
        v.put("actionDescription", "Induction gap: not yet signed off on the MAR chart; shadow two medication rounds and be observed on a third");
        v.put("competencyArea", area);
        v.put("deadline", deadline);
        v.put("personResponsible", "mentor");
        return v;
    }

    /** Starts an action as the Onboarding Supervisor at the given London time and runs the registration jobs. */
    private ProcessInstance started(String at, String staffId, String area, String deadline) {
        clockAt(at);
        ProcessInstance instance = startAs("onboarding.supervisor", PROCESS, action(staffId, area, deadline));
        assertThat(instance).isWaitingAt(TASK_REGISTER_ACTION);
        runDueJobs();
        return instance;
    }

    private Map<String, Object> supportLog(int sessions, String rating) {
        return Map.of("supportSessionsCompleted", sessions, "competencyAreaPractised", "MEDICATION",
                "confidenceRating", rating, "supportNotes", "Shadowed the morning medication round and practised MAR entries");
    }

    private Map<String, Object> verification(String status, String risk) {
        Map<String, Object> v = new HashMap<>();
        v.put("completionStatus", status);
        v.put("evidenceSeen", "COMPLETE".equals(status));
        v.put("evidenceType", "OBSERVATION_NOTES");
        v.put("evidenceDescription", "Observed a full medication round on 9 December; notes filed in the staff development folder");
        v.put("probationRiskCategory", risk);
        return v;
    }

    private void verify(ProcessInstance instance, String status, String risk) {
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), verification(status, risk));
        runDueJobs();
    }

    private Map<String, Object> escalationPlan(String restriction, String reviewDate) {
        return Map.of("overdueReason", "Failed the observed medication round: two MAR omissions",
                "interimRestriction", restriction,
                "restrictionDetails", "Not to give medication until reassessed; the senior on shift gives it instead",
                "revisedReviewDate", reviewDate);
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private long count(ProcessInstance instance, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey).count();
    }

    private boolean passed(ProcessInstance instance, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count() > 0;
    }

    @Test
    void an_action_is_supported_weekly_verified_fortnightly_and_closed_against_evidence() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "COMMUNICATION", "2027-01-08");
        String key = businessKey(instance);
        assertThat(key).matches("PA-2026-\\d{6}");
        assertThat(rows("probation_action_tracker", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "REGISTERED").containsEntry("staff_id", "S1006")
                .containsEntry("checkpoint", "WEEK_6").containsEntry("competency_area", "COMMUNICATION")
                .containsEntry("person_responsible", "mentor").containsEntry("acting_user", "onboarding.supervisor"));
        assertThat(Rows.localDate(rows("probation_action_tracker", key).get(0).get("week12_decision_date")))
                .as("start date 2 November + 12 weeks").isEqualTo(LocalDate.of(2027, 1, 25));

        Task log = openTask(instance, TASK_MENTOR_SUPPORT_LOG);
        assertThat(log.getAssignee()).as("the named mentor").isEqualTo("mentor");
        assertThat(log.getDueDate().toInstant()).as("created Friday 4 December: due the next Friday").isEqualTo(london("2026-12-11T23:59"));
        Task verification = openTask(instance, TASK_DEPUTY_VERIFICATION);
        assertThat(verification.getDueDate().toInstant()).as("14 days after it opened").isEqualTo(london("2026-12-18T23:59"));
        assertThat(taskService.getIdentityLinksForTask(verification.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("deputy-managers");

        clockAt("2026-12-10T15:00");
        completeAs("mentor", log, supportLog(2, "2"));
        runDueJobs();
        assertThat(rows("probation_support_log", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("support_week", 1).containsEntry("submitted_late", false)
                .containsEntry("support_sessions_completed", 2).containsEntry("confidence_rating", 2)
                .containsEntry("confidence_change", null).containsEntry("acting_user", "mentor"));
        assertThat(count(instance, TASK_MENTOR_SUPPORT_LOG)).as("next week's log opens after this Friday").isZero();

        clockAt("2026-12-12T00:00");
        runDueJobs();
        assertThat(openTask(instance, TASK_MENTOR_SUPPORT_LOG).getDueDate().toInstant()).isEqualTo(london("2026-12-18T23:59"));

        clockAt("2026-12-17T10:00");
        verify(instance, "IN_PROGRESS", "MEDIUM");
        assertThat(rows("new_starter_oversight", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "VERIFICATION").containsEntry("verification_cycle", 1)
                .containsEntry("completion_status", "IN_PROGRESS").containsEntry("probation_risk_category", "MEDIUM")
                .containsEntry("submitted_late", false).containsEntry("acting_user", "deputy.manager"));
        assertThat(count(instance, TASK_DEPUTY_VERIFICATION)).as("the next fortnight has not begun").isZero();

        clockAt("2026-12-19T09:00");
        runDueJobs();
        assertThat(openTask(instance, TASK_DEPUTY_VERIFICATION).getDueDate().toInstant())
                .as("28 days after it opened is Friday 1 January, a bank holiday").isEqualTo(london("2026-12-31T23:59"));
        // week 2's log was not in by the end of Friday 18 December: recorded as missed, and week 3's log is open
        assertThat(rows("probation_support_log", key)).hasSize(2).last().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "MISSED").containsEntry("support_week", 2).containsEntry("acting_user", "system")
                .containsEntry("confidence_rating", null));
        assertThat(Rows.localDate(rows("probation_support_log", key).get(1).get("due_on"))).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(openTask(instance, TASK_MENTOR_SUPPORT_LOG).getDueDate().toInstant())
                .as("week 3 falls on Christmas Day, so Thursday").isEqualTo(london("2026-12-24T23:59"));
        completeAs("mentor", openTask(instance, TASK_MENTOR_SUPPORT_LOG), supportLog(3, "4"));
        runDueJobs();
        assertThat(rows("probation_support_log", key)).hasSize(3).last().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "LOG").containsEntry("support_week", 3).containsEntry("submitted_late", false)
                .containsEntry("confidence_change", 2));

        clockAt("2026-12-30T11:00");
        Map<String, Object> complete = new HashMap<>(verification("COMPLETE", "LOW"));
        complete.put("evidenceType", "AUDIT_EVIDENCE");
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), complete);
        runDueJobs();

        assertThat(instance).isEnded();
        assertThat(rows("probation_action_tracker", key)).extracting(r -> r.get("entry_type")).containsExactly("REGISTERED", "CLOSED");
        assertThat(rows("probation_action_tracker", key).get(1)).containsEntry("acting_user", "deputy.manager")
                .containsEntry("evidence_type", "AUDIT_EVIDENCE");
        assertThat(rows("new_starter_oversight", key)).extracting(r -> r.get("completion_status"))
                .containsExactly("IN_PROGRESS", "COMPLETE");
        assertThat(rows("probation_escalation", key)).isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).as("open mentor log cancelled").isZero();
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(rows("audit_log", key)).extracting(r -> r.get("action")).containsExactly("PROCESS_STARTED",
                "TASK_COMPLETED", "TASK_COMPLETED", "TASK_COMPLETED", "TASK_COMPLETED");
        assertThat(rows("audit_log", key)).extracting(r -> r.get("user_id")).containsExactly("onboarding.supervisor",
                "mentor", "deputy.manager", "mentor", "deputy.manager");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private uk.care.tracker.reports.ProbationKpis probationKpis;

    /** A new starter of the test's own, in a team of its own, so that a report can be read for this test alone. */
    private StaffMember newStarter(String startDate) {
        String id = "N" + java.util.UUID.randomUUID().toString().substring(0, 8);
        StaffMember member = new StaffMember(id, "New starter " + id, "Team " + id, "line.manager", "Care Worker",
                LocalDate.parse(startDate), LocalDate.parse(startDate).plusMonths(6));
        staff.save(member);
        return member;
    }

    /**
     * Issue 11, worked example: an action opened on Wednesday 3 February 2027 whose mentor logs due Friday 5 and
     * Friday 12 February are never submitted. Each log falls due on its Friday whatever happened the week before,
     * each is recorded as missed at 00:00 after it, and February's workforce development report shows 0 of 2 mentor
     * updates on time.
     */
    @Test
    void logs_never_submitted_are_missed_on_their_fridays_and_count_as_not_on_time() {
        StaffMember starter = newStarter("2027-01-11");
        ProcessInstance instance = started("2027-02-03T10:00", starter.staffId(), "COMMUNICATION", "2027-02-26");
        String key = businessKey(instance);
        assertThat(openTask(instance, TASK_MENTOR_SUPPORT_LOG).getDueDate().toInstant()).isEqualTo(london("2027-02-05T23:59"));

        clockAt("2027-02-06T00:00");
        runDueJobs();
        assertThat(rows("probation_support_log", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "MISSED").containsEntry("support_week", 1).containsEntry("acting_user", "system"));
        assertThat(openTask(instance, TASK_MENTOR_SUPPORT_LOG).getDueDate().toInstant()).as("closed as missed, next week's open")
                .isEqualTo(london("2027-02-12T23:59"));

        clockAt("2027-02-13T00:00");
        runDueJobs();
        List<Map<String, Object>> log = rows("probation_support_log", key);
        assertThat(log).extracting(r -> r.get("entry_type")).containsExactly("MISSED", "MISSED");
        assertThat(log).extracting(r -> Rows.localDate(r.get("due_on"))).containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 12));
        assertThat(log).extracting(r -> Rows.instant(r.get("recorded_at")))
                .containsExactly(london("2027-02-06T00:00"), london("2027-02-13T00:00"));

        clockAt("2027-02-16T10:00");
        runDueJobs();
        Map<String, Object> complete = new HashMap<>(verification("COMPLETE", "LOW"));
        complete.put("evidenceType", "AUDIT_EVIDENCE");
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), complete);
        runDueJobs();
        assertThat(instance).isEnded();

        clockAt("2027-03-01T09:00");
        uk.care.tracker.reports.ProbationReport february = probationKpis.report(
                new uk.care.tracker.reports.ReportScope(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), starter.team(), null));
        assertThat(february.mentorUpdatesDue()).isEqualTo(2);
        assertThat(february.mentorUpdatesOnTime()).isZero();
        assertThat(february.mentorUpdatesOnTimePercent()).isEqualTo(0.0);
    }

    /** A 14-day verification skipped is recorded as missed and the next one falls due 14 days later all the same. */
    @Test
    void a_skipped_verification_is_missed_and_the_next_falls_due_on_its_own_date() {
        StaffMember starter = newStarter("2027-01-11");
        ProcessInstance instance = started("2027-02-03T10:00", starter.staffId(), "COMMUNICATION", "2027-03-31");
        String key = businessKey(instance);
        assertThat(openTask(instance, TASK_DEPUTY_VERIFICATION).getDueDate().toInstant()).isEqualTo(london("2027-02-17T23:59"));
        clockAt("2027-02-18T00:00");
        runDueJobs();
        assertThat(rows("new_starter_oversight", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "MISSED_VERIFICATION").containsEntry("verification_cycle", 1)
                .containsEntry("acting_user", "system"));
        assertThat(Rows.localDate(rows("new_starter_oversight", key).get(0).get("due_on"))).isEqualTo(LocalDate.of(2027, 2, 17));
        assertThat(openTask(instance, TASK_DEPUTY_VERIFICATION).getDueDate().toInstant())
                .as("the second cycle, 28 days after the action opened").isEqualTo(london("2027-03-03T23:59"));
        assertThat(count(instance, TASK_DEPUTY_VERIFICATION)).as("one verification task at a time").isEqualTo(1);
    }

    @Test
    void the_mentors_log_is_due_each_friday_and_on_the_thursday_before_christmas_day() {
        ProcessInstance fridayStart = started("2026-12-04T16:00", "S1006", "OTHER", "2027-01-29");
        assertThat(openTask(fridayStart, TASK_MENTOR_SUPPORT_LOG).getDueDate().toInstant()).isEqualTo(london("2026-12-11T23:59"));
        ProcessInstance beforeChristmas = started("2026-12-23T09:00", "S1006", "OTHER", "2027-01-29");
        assertThat(openTask(beforeChristmas, TASK_MENTOR_SUPPORT_LOG).getDueDate().toInstant()).isEqualTo(london("2026-12-24T23:59"));
    }

    @Test
    void overdue_by_more_than_five_working_days_escalates_at_midnight_on_30_december() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "COMMUNICATION", "2026-12-18");
        String key = businessKey(instance);
        assertThat(timer(instance, START_EVENT_OVERDUE_THRESHOLD).getDuedate().toInstant())
                .as("21, 22, 23, 24 and 29 December are the five working days").isEqualTo(london("2026-12-30T00:00"));

        clockAt(london("2026-12-29T23:59:59"));
        runDueJobs();
        assertThat(rows("probation_escalation", key)).isEmpty();
        assertThat(count(instance, TASK_PROBATION_ESCALATION)).isZero();

        clockAt(london("2026-12-30T00:00"));
        runDueJobs();
        assertThat(rows("probation_escalation", key)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("entry_type", "ESCALATED").containsEntry("acting_user", "system")
                    .containsEntry("escalation_reason", "Overdue by more than five working days")
                    .containsEntry("overdue_working_days", 6).containsEntry("competency_area", "COMMUNICATION");
            assertThat(Rows.instant(row.get("recorded_at"))).isEqualTo(london("2026-12-30T00:00"));
        });
        Task escalation = openTask(instance, TASK_PROBATION_ESCALATION);
        assertThat(escalation.getDueDate().toInstant()).as("within one working day").isEqualTo(london("2026-12-31T23:59"));
        assertThat(taskService.getIdentityLinksForTask(escalation.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("registered-managers");
    }

    @Test
    void a_failed_medication_action_escalates_at_once() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "MEDICATION", "2027-01-15");
        String key = businessKey(instance);
        clockAt("2026-12-10T10:00");
        verify(instance, "FAILED", "HIGH");

        assertThat(rows("new_starter_oversight", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("completion_status", "FAILED").containsEntry("probation_risk_category", "HIGH"));
        assertThat(rows("probation_escalation", key)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("entry_type", "ESCALATED").containsEntry("overdue_working_days", 0)
                    .containsEntry("escalation_reason", "Failed action linked to medication, moving and handling or safeguarding");
            assertThat(Rows.instant(row.get("recorded_at"))).isEqualTo(london("2026-12-10T10:00"));
        });
        assertThat(openTask(instance, TASK_PROBATION_ESCALATION).getDueDate().toInstant()).isEqualTo(london("2026-12-11T23:59"));
        assertThat(instance).isWaitingAt(TIMER_NEXT_VERIFICATION, TASK_MENTOR_SUPPORT_LOG, TASK_PROBATION_ESCALATION,
                TIMER_EARLY_WARNING);
    }

    @Test
    void a_failed_action_in_another_area_waits_for_the_next_verification() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "COMMUNICATION", "2027-01-15");
        clockAt("2026-12-10T10:00");
        verify(instance, "FAILED", "HIGH");
        assertThat(rows("probation_escalation", businessKey(instance))).isEmpty();
        assertThat(count(instance, TASK_PROBATION_ESCALATION)).isZero();
        assertThat(instance).isWaitingAt(TIMER_NEXT_VERIFICATION, TASK_MENTOR_SUPPORT_LOG, TIMER_EARLY_WARNING);
    }

    @Test
    void an_escalated_action_stays_under_enhanced_oversight_until_it_is_closed() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "MEDICATION", "2026-12-18");
        String key = businessKey(instance);
        clockAt("2026-12-10T10:00");
        verify(instance, "FAILED", "HIGH");

        clockAt("2026-12-11T09:00");
        completeAs("registered.manager", openTask(instance, TASK_PROBATION_ESCALATION),
                escalationPlan("NO_MEDICATION_ADMINISTRATION", "2026-12-18"));
        runDueJobs();
        assertThat(rows("probation_escalation", key)).hasSize(2).last().satisfies(row -> {
            assertThat(row).containsEntry("entry_type", "ESCALATION_REVIEWED").containsEntry("acting_user", "registered.manager")
                    .containsEntry("interim_restriction", "NO_MEDICATION_ADMINISTRATION")
                    .containsEntry("overdue_reason", "Failed the observed medication round: two MAR omissions");
            assertThat(Rows.localDate(row.get("revised_review_date"))).isEqualTo(LocalDate.of(2026, 12, 18));
        });

        clockAt(london("2026-12-17T23:59"));
        runDueJobs();
        assertThat(count(instance, TASK_ENHANCED_OVERSIGHT_REVIEW)).as("not before the revised review date").isZero();
        clockAt(london("2026-12-18T00:00"));
        runDueJobs();
        Task review = openTask(instance, TASK_ENHANCED_OVERSIGHT_REVIEW);
        assertThat(review.getDueDate().toInstant()).isEqualTo(london("2026-12-18T23:59"));
        clockAt("2026-12-18T14:00");
        completeAs("registered.manager", review, Map.of("oversightProgress", "Observed round on 17 December without errors",
                "interimRestriction", "SUPERVISED_PRACTICE_ONLY",
                "restrictionDetails", "Gives medication only with the senior on shift checking each entry",
                "revisedReviewDate", "2026-12-24"));
        runDueJobs();
        assertThat(count(instance, TASK_ENHANCED_OVERSIGHT_REVIEW)).isZero();
        clockAt(london("2026-12-24T00:00"));
        runDueJobs();
        assertThat(count(instance, TASK_ENHANCED_OVERSIGHT_REVIEW)).as("the review comes round again").isEqualTo(1);

        clockAt(london("2026-12-30T00:00"));
        runDueJobs();
        assertThat(rows("probation_escalation", key)).as("overdue now, but escalated once only")
                .filteredOn(row -> "ESCALATED".equals(row.get("entry_type"))).hasSize(1);
        assertThat(passed(instance, END_EVENT_ALREADY_UNDER_OVERSIGHT)).isTrue();

        clockAt("2026-12-30T10:00");
        verify(instance, "COMPLETE", "LOW");

        assertThat(instance).isEnded();
        assertThat(rows("probation_escalation", key)).extracting(r -> r.get("entry_type"))
                .containsExactly("ESCALATED", "ESCALATION_REVIEWED", "OVERSIGHT_REVIEW", "CLOSED");
        assertThat(rows("probation_escalation", key).get(3)).containsEntry("interim_restriction", "SUPERVISED_PRACTICE_ONLY")
                .containsEntry("acting_user", "deputy.manager");
        assertThat(rows("probation_action_tracker", key)).extracting(r -> r.get("entry_type")).containsExactly("REGISTERED", "CLOSED");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void an_action_still_open_ten_working_days_before_the_week_12_decision_warns_the_registered_manager() {
        // S1003's week-12 decision is Monday 28 December; ten working days before it (25 December does not count) is 11 December
        ProcessInstance instance = started("2026-12-01T10:00", "S1003", "COMMUNICATION", "2026-12-23");
        String key = businessKey(instance);
        assertThat(timer(instance, TIMER_EARLY_WARNING).getDuedate().toInstant()).isEqualTo(london("2026-12-11T00:00"));

        clockAt(london("2026-12-10T23:59:59"));
        runDueJobs();
        assertThat(rows("new_starter_oversight", key)).isEmpty();

        clockAt(london("2026-12-11T00:00"));
        runDueJobs();
        assertThat(rows("new_starter_oversight", key)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("entry_type", "EARLY_WARNING").containsEntry("acting_user", "system");
            assertThat(Rows.localDate(row.get("week12_decision_date"))).isEqualTo(LocalDate.of(2026, 12, 28));
        });
        Task warning = openTask(instance, TASK_EARLY_WARNING_REVIEW);
        assertThat(warning.getDueDate().toInstant()).as("the next working day is Monday").isEqualTo(london("2026-12-14T23:59"));
        assertThat(taskService.getIdentityLinksForTask(warning.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("registered-managers");

        clockAt("2026-12-11T11:00");
        completeAs("registered.manager", warning, Map.of("warningResponse", "ESCALATE",
                "warningNotes", "Two support logs missing and no observation booked before the decision"));
        runDueJobs();
        assertThat(rows("new_starter_oversight", key)).hasSize(2).last().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "EARLY_WARNING_REVIEWED").containsEntry("warning_response", "ESCALATE")
                .containsEntry("acting_user", "registered.manager"));
        assertThat(rows("probation_escalation", key)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("escalation_reason", "Escalated by the Registered Manager after the week-12 early warning"));
        assertThat(openTask(instance, TASK_PROBATION_ESCALATION).getDueDate().toInstant()).isEqualTo(london("2026-12-14T23:59"));
    }

    @Test
    void a_warning_kept_under_review_ends_without_an_escalation() {
        ProcessInstance instance = started("2026-12-01T10:00", "S1003", "PERSON_CENTRED_CARE", "2026-12-23");
        clockAt(london("2026-12-11T00:00"));
        runDueJobs();
        completeAs("registered.manager", openTask(instance, TASK_EARLY_WARNING_REVIEW), Map.of(
                "warningResponse", "KEEP_UNDER_REVIEW", "warningNotes", "Observation booked for 17 December with the deputy"));
        runDueJobs();
        assertThat(rows("probation_escalation", businessKey(instance))).isEmpty();
        assertThat(passed(instance, END_EVENT_WARNING_ANSWERED)).isTrue();
        assertThat(instance).isWaitingAt(TASK_MENTOR_SUPPORT_LOG, TASK_DEPUTY_VERIFICATION);
    }

    @Test
    void no_early_warning_when_an_escalation_is_on_record() {
        ProcessInstance instance = started("2026-12-01T10:00", "S1003", "SAFEGUARDING", "2026-12-23");
        String key = businessKey(instance);
        clockAt("2026-12-03T10:00");
        verify(instance, "FAILED", "HIGH");
        assertThat(rows("probation_escalation", key)).hasSize(1);

        clockAt(london("2026-12-11T00:00"));
        runDueJobs();
        assertThat(passed(instance, TIMER_EARLY_WARNING)).as("the warning moment came").isTrue();
        assertThat(passed(instance, END_EVENT_ALREADY_ESCALATED)).isTrue();
        assertThat(rows("new_starter_oversight", key)).extracting(r -> r.get("entry_type")).containsExactly("VERIFICATION");
        assertThat(count(instance, TASK_EARLY_WARNING_REVIEW)).isZero();
    }

    @Test
    void an_action_entered_inside_the_warning_window_gets_no_early_warning() {
        ProcessInstance instance = started("2026-12-14T10:00", "S1003", "COMMUNICATION", "2026-12-24");
        assertThat(passed(instance, END_EVENT_NO_EARLY_WARNING)).isTrue();
        assertThat(timer(instance, TIMER_EARLY_WARNING)).isNull();
    }

    @Test
    void a_start_with_bad_input_is_refused_with_every_reason_and_leaves_nothing_behind() {
        clockAt("2026-12-04T10:00");
        long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        int rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM probation_action_tracker", Integer.class);
        Map<String, Object> bad = action("NOBODY", "DRIVING", "2026-12-01");
        bad.put("checkpoint", "WEEK_4");
        bad.put("personResponsible", "line.manager");

        assertThatThrownBy(() -> startAs("onboarding.supervisor", PROCESS, bad))
                .isInstanceOf(InvalidEntry.class)
                .hasMessageContaining("no staff member with the id 'NOBODY'")
                .hasMessageContaining("Choose the probation checkpoint")
                .hasMessageContaining("Choose the competency area")
                .hasMessageContaining("deadline 2026-12-01 has already passed")
                .hasMessageContaining("'line.manager' is not a mentor");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(instancesBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM probation_action_tracker", Integer.class)).isEqualTo(rowsBefore);
    }

    @Test
    void a_new_starter_without_a_start_date_or_not_yet_started_is_refused() {
        staff.save(new StaffMember("P9001", "Nia Price", "Oak House", "line.manager", "Care Worker", null, null));
        staff.save(new StaffMember("P9002", "Omar Reid", "Oak House", "line.manager", "Care Worker",
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 7, 3)));
        clockAt("2026-12-04T10:00");
        assertThatThrownBy(() -> startAs("onboarding.supervisor", PROCESS, action("P9001", "OTHER", "2026-12-31")))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("has no start date in the staff directory");
        assertThatThrownBy(() -> startAs("onboarding.supervisor", PROCESS, action("P9002", "OTHER", "2026-12-31")))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("starts on 2027-01-04");
    }

    @Test
    void forms_refused_by_the_server_write_nothing() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "MEDICATION", "2027-01-15");
        String key = businessKey(instance);

        Task log = openTask(instance, TASK_MENTOR_SUPPORT_LOG);
        assertThatThrownBy(() -> completeAs("mentor", log, Map.of("supportSessionsCompleted", -1,
                "competencyAreaPractised", "MEDICATION", "confidenceRating", "7", "supportNotes", "ok")))
                .isInstanceOf(InvalidEntry.class)
                .hasMessageContaining("support sessions completed must be between 0 and 20")
                .hasMessageContaining("confidence rating must be between 1 and 5")
                .hasMessageContaining("why no support session took place");
        assertThat(openTask(instance, TASK_MENTOR_SUPPORT_LOG).getId()).isEqualTo(log.getId());

        Map<String, Object> noEvidence = new HashMap<>(verification("COMPLETE", "LOW"));
        noEvidence.put("evidenceSeen", false);
        noEvidence.put("probationRiskCategory", "SEVERE");
        Task verification = openTask(instance, TASK_DEPUTY_VERIFICATION);
        assertThatThrownBy(() -> completeAs("deputy.manager", verification, noEvidence))
                .isInstanceOf(InvalidEntry.class)
                .hasMessageContaining("cannot be closed as complete without evidence")
                .hasMessageContaining("Choose the probation risk category");

        clockAt("2026-12-10T10:00");
        verify(instance, "FAILED", "HIGH");
        Task escalation = openTask(instance, TASK_PROBATION_ESCALATION);
        assertThatThrownBy(() -> completeAs("registered.manager", escalation, Map.of("overdueReason", "Failed",
                "interimRestriction", "GROUNDED", "restrictionDetails", "", "revisedReviewDate", "2027-01-29")))
                .isInstanceOf(InvalidEntry.class)
                .hasMessageContaining("Choose the interim restriction")
                .hasMessageContaining("why no restriction is needed")
                .hasMessageContaining("within 14 days: choose a date no later than 2026-12-24");
        assertThatThrownBy(() -> completeAs("registered.manager", escalation, escalationPlan("NONE", "2026-12-10")))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("must be after today");

        assertThat(rows("probation_support_log", key)).isEmpty();
        assertThat(rows("new_starter_oversight", key)).extracting(r -> r.get("completion_status")).containsExactly("FAILED");
        assertThat(rows("probation_escalation", key)).extracting(r -> r.get("entry_type")).containsExactly("ESCALATED");
        assertThat(instance).isWaitingAt(TASK_MENTOR_SUPPORT_LOG, TASK_PROBATION_ESCALATION, TIMER_NEXT_VERIFICATION,
                TIMER_EARLY_WARNING);
    }

    @Test
    void only_onboarding_supervisors_start_probation_actions() {
        clockAt("2026-12-04T10:00");
        for (String user : List.of("line.manager", "deputy.manager", "mentor")) {
            assertThatThrownBy(() -> startAs(user, PROCESS, action("S1006", "OTHER", "2026-12-31")))
                    .as(user).isInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void each_task_is_completed_only_by_its_role() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "OTHER", "2027-01-15");
        Task verification = openTask(instance, TASK_DEPUTY_VERIFICATION);
        assertThatThrownBy(() -> completeAs("mentor", verification, verification("IN_PROGRESS", "LOW")))
                .isInstanceOf(AuthorizationException.class);
        Task log = openTask(instance, TASK_MENTOR_SUPPORT_LOG);
        assertThatThrownBy(() -> completeAs("deputy.manager", log, supportLog(1, "3")))
                .isInstanceOf(AuthorizationException.class);
        assertThat(instance).isWaitingAt(TASK_MENTOR_SUPPORT_LOG, TASK_DEPUTY_VERIFICATION, TIMER_EARLY_WARNING);
        assertThat(rows("new_starter_oversight", businessKey(instance))).isEmpty();
    }

    @Test
    void the_probation_registers_are_append_only() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "MOVING_AND_HANDLING", "2027-01-15");
        String key = businessKey(instance);
        completeAs("mentor", openTask(instance, TASK_MENTOR_SUPPORT_LOG), supportLog(1, "2"));
        verify(instance, "FAILED", "HIGH");
        for (String table : List.of("probation_action_tracker", "probation_support_log", "new_starter_oversight",
                "probation_escalation")) {
            assertThat(rows(table, key)).as(table).isNotEmpty();
            assertThatThrownBy(() -> jdbc.update("UPDATE " + table + " SET acting_user = 'someone' WHERE business_key = ?", key))
                    .as(table).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM " + table + " WHERE business_key = ?", key))
                    .as(table).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_api_shows_the_action_with_its_status_and_escalations() {
        ProcessInstance instance = started("2026-12-04T10:00", "S1006", "SAFEGUARDING", "2027-01-15");
        String key = businessKey(instance);
        assertThat(item("quality.lead", key)).containsEntry("businessKey", key).containsEntry("staffId", "S1006")
                .containsEntry("workflow", "probation-action").containsEntry("category", "SAFEGUARDING")
                .containsEntry("owner", "mentor").containsEntry("status", "OPEN").containsEntry("deadline", "2027-01-15")
                .containsEntry("closedOn", null);

        clockAt("2026-12-10T10:00");
        completeAs("mentor", openTask(instance, TASK_MENTOR_SUPPORT_LOG), supportLog(2, "3"));
        verify(instance, "FAILED", "HIGH");
        Map<String, Object> escalated = item("quality.lead", key);
        assertThat(escalated).containsEntry("status", "ESCALATED");
        assertThat((List<Map<String, Object>>) escalated.get("escalations")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("stage", "PROBATION_ESCALATION").containsEntry("at", "2026-12-10T10:00:00Z")
                .containsEntry("reason", "Failed action linked to medication, moving and handling or safeguarding"));
        assertThat((List<Map<String, Object>>) escalated.get("reviews")).extracting(r -> r.get("kind"))
                .containsExactly("SUPPORT_LOG", "VERIFICATION");

        clockAt("2026-12-11T09:00");
        completeAs("registered.manager", openTask(instance, TASK_PROBATION_ESCALATION),
                escalationPlan("SUPERVISED_PRACTICE_ONLY", "2026-12-18"));
        runDueJobs();
        assertThat((List<Map<String, Object>>) item("quality.lead", key).get("escalations")).extracting(e -> e.get("stage"))
                .containsExactly("PROBATION_ESCALATION", "ENHANCED_OVERSIGHT");

        assertThat(status("onboarding.supervisor", key)).as("who entered it").isEqualTo(HttpStatus.OK);
        assertThat(status("mentor", key)).as("the mentor responsible").isEqualTo(HttpStatus.OK);
        assertThat(status("line.manager", key)).as("not on it, not oversight").isEqualTo(HttpStatus.NOT_FOUND);

        clockAt("2026-12-21T10:00");
        runDueJobs();
        verify(instance, "COMPLETE", "LOW");
        assertThat(item("deputy.manager", key)).containsEntry("status", "CLOSED").containsEntry("closedOn", "2026-12-21");
    }

    private Map<String, Object> item(String user, String businessKey) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(user, "demo").exchange(
                "/api/actions/" + businessKey, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpStatus status(String user, String businessKey) {
        return HttpStatus.valueOf(http.withBasicAuth(user, "demo").getForEntity("/api/actions/" + businessKey, String.class)
                .getStatusCode().value());
    }
}
