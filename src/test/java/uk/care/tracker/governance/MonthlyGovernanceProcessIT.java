package uk.care.tracker.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.care.tracker.governance.MonthlyGovernanceProcess.END_EVENT_NOT_DUE;
import static uk.care.tracker.governance.MonthlyGovernanceProcess.TASK_ADD_IMPROVEMENT_ACTION;
import static uk.care.tracker.governance.MonthlyGovernanceProcess.TASK_NON_COMPLIANCE_REVIEW;
import static uk.care.tracker.governance.MonthlyGovernanceProcess.TASK_QUALITY_LEAD_REVIEW;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.care.tracker.engine.InvalidEntry;
import uk.care.tracker.support.IntegrationTest;

/** The monthly-governance process: its timer, the summaries, the meeting, improvement actions, the quarterly review. */
class MonthlyGovernanceProcessIT extends IntegrationTest {

    /** Fires the timer start event at a London time, as the job executor would on that morning. */
    private HistoricProcessInstance governanceRunAt(String londonTime) {
        clockAt(londonTime);
        Job timer = managementService.createJobQuery().processDefinitionKey("monthly-governance").timers().singleResult();
        managementService.executeJob(timer.getId());
        runDueJobs();
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("monthly-governance")
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
    }

    private Task governanceTask(String key, HistoricProcessInstance run) {
        return taskService.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(key).singleResult();
    }

    @Test
    void the_first_working_day_generates_last_months_summaries_and_the_meeting_turns_improvements_into_actions() {
        String staffId = newStaffMember("line.manager");
        assertThat(governanceRunAt("2026-11-30T06:00").getEndActivityId()).as("a Monday, but not the 1st week").isEqualTo(END_EVENT_NOT_DUE);

        HistoricProcessInstance run = governanceRunAt("2026-12-01T06:00");
        assertThat(run.getBusinessKey()).isEqualTo("GOV-2026-11");
        assertThat(jdbc.queryForList("SELECT * FROM workforce_assurance_summary WHERE business_key = 'GOV-2026-11'"))
                .singleElement().satisfies(row -> assertThat(row.get("PERIOD_FROM").toString()).isEqualTo("2026-11-01"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workforce_development_assurance_report WHERE business_key = 'GOV-2026-11'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM escalated_case_review_summary WHERE business_key = 'GOV-2026-11'",
                Integer.class)).isEqualTo(1);

        Task review = governanceTask(TASK_QUALITY_LEAD_REVIEW, run);
        assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId).containsExactly("quality-leads");
        assertThat((String) taskService.getVariable(review.getId(), "summaryText")).contains("Supervision actions").contains("Escalated cases");
        clockAt("2026-12-03T14:00");
        completeAs("quality.lead", review, Map.of("analysis", "Record keeping actions keep missing their deadlines in Oak House",
                "meetingDate", "2026-12-03", "challenge", "Why are Oak House reviews late?",
                "decisions", "Deputy to audit notes weekly", "improvementActionsToAdd", "true"));
        runDueJobs();

        Map<String, Object> improvement = Map.of("staffId", staffId, "actionDescription",
                "Audit five care notes every week and discuss the findings in team meetings", "actionCategory", "RECORD_KEEPING",
                "deadline", "2027-01-15", "managerResponsible", "line.manager", "moreActions", "false");
        assertThatThrownBy(() -> completeAs("quality.lead", governanceTask(TASK_ADD_IMPROVEMENT_ACTION, run),
                Map.of("staffId", "NOBODY", "actionDescription", "x", "actionCategory", "RECORD_KEEPING", "deadline", "2026-11-01",
                        "managerResponsible", "line.manager", "moreActions", "false")))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("no staff member with the id 'NOBODY'");
        completeAs("quality.lead", governanceTask(TASK_ADD_IMPROVEMENT_ACTION, run), improvement);
        runDueJobs();

        List<Map<String, Object>> meeting = rows("governance_meeting", "GOV-2026-11");
        assertThat(meeting).extracting(r -> r.get("entry_type")).containsExactly("MEETING", "IMPROVEMENT_ACTION");
        String actionKey = (String) meeting.get(1).get("improvement_action");
        assertThat(actionKey).matches("SA-2026-\\d{6}");
        assertThat(rows("action_tracker", actionKey)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("staff_id", staffId).containsEntry("acting_user", "quality.lead")
                .containsEntry("action_category", "RECORD_KEEPING"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(run.getId()).count()).as("December starts no quarter").isZero();

        assertThat(governanceRunAt("2026-12-02T06:00").getEndActivityId()).as("done once a month").isEqualTo(END_EVENT_NOT_DUE);
    }

    @Test
    void the_first_working_day_of_a_quarter_adds_the_senior_leaders_review_of_persistent_non_compliance() {
        // 1 January 2027 is a bank holiday and a Friday; the first working day is Monday the 4th
        assertThat(governanceRunAt("2027-01-01T06:00").getEndActivityId()).isEqualTo(END_EVENT_NOT_DUE);
        HistoricProcessInstance run = governanceRunAt("2027-01-04T06:00");
        assertThat(run.getBusinessKey()).isEqualTo("GOV-2026-12");
        Task quarterly = governanceTask(TASK_NON_COMPLIANCE_REVIEW, run);
        assertThat(taskService.getIdentityLinksForTask(quarterly.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("senior-leaders");
        assertThat(rows("manager_non_compliance_review", "GOV-2026-12")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "REPORT"));
        assertThat(rows("manager_non_compliance_review", "GOV-2026-12").get(0).get("period_from").toString()).isEqualTo("2026-10-01");
        completeAs("senior.leader", quarterly, Map.of("seniorResponse", "Supervision compliance to be a standing item for each manager"));
        runDueJobs();
        assertThat(rows("manager_non_compliance_review", "GOV-2026-12")).extracting(r -> r.get("entry_type"))
                .containsExactly("REPORT", "SENIOR_RESPONSE");
    }
}
