package uk.care.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.care.tracker.support.IntegrationTest;

/**
 * Issue 11: a staff member with 300 earlier actions in one category. The repeated-concern offer and the case it
 * opens keep every variable within what the history tables hold (on PostgreSQL {@code ACT_HI_VARINST.TEXT_} is
 * varchar(4000): a longer string variable failed the job), and every register column within its width.
 */
class LongConcernHistoryIT extends IntegrationTest {

    @Test
    void three_hundred_earlier_actions_offer_a_case_without_overflowing_the_history_tables() {
        // a staff member, team and year of the test's own, so that no report read by another test counts these rows
        String staffId = "H" + java.util.UUID.randomUUID().toString().substring(0, 8);
        staff.save(new uk.care.tracker.staff.StaffMember(staffId, "Long history " + staffId, "Team " + staffId, "line.manager",
                "Care Worker", LocalDate.of(2024, 1, 8), LocalDate.of(2024, 7, 7)));
        LocalDate today = LocalDate.of(2031, 6, 2);
        for (int i = 0; i < 300; i++) {
            LocalDate supervision = today.minusDays(1 + i % 80);
            jdbc.update("""
                    INSERT INTO action_tracker (event_key, business_key, staff_id, acting_user, recorded_at, entry_type,
                      action_description, action_category, deadline, supervision_date, manager_responsible, late_entry)
                    VALUES (?, ?, ?, 'line.manager', ?, 'REGISTERED', ?, 'RECORD_KEEPING', ?, ?, 'line.manager', FALSE)""",
                    "history-" + staffId + "-" + i, "SA-2031-9%05d".formatted(i), staffId,
                    Timestamp.valueOf(supervision.atTime(12, 0)),
                    "Earlier action " + i + ": bring the daily care notes up to date and have five of them audited by the deputy manager",
                    Date.valueOf(supervision.plusDays(14)), Date.valueOf(supervision));
        }

        clockAt("2031-06-02T10:00");
        ProcessInstance action = startAs("line.manager", "supervision-action", Map.of("staffId", staffId,
                "actionDescription", "Bring daily care notes up to date and have them audited", "actionCategory", "RECORD_KEEPING",
                "deadline", "2031-06-16", "supervisionDate", "2031-06-02", "managerResponsible", "line.manager"));
        runDueJobs();
        assertThat(managementService.createJobQuery().withException().count()).as("no job failed").isZero();

        Task offer = taskService.createTaskQuery().processDefinitionKey("repeat-concern-offer")
                .processVariableValueEquals("staffId", staffId).singleResult();
        assertThat(offer).as("the offer was made").isNotNull();
        assertThat(taskService.getVariable(offer.getId(), "repeatCount")).isEqualTo(301);
        String history = (String) taskService.getVariable(offer.getId(), "concernHistory");
        assertThat(history.length()).isLessThan(4000);
        assertThat(history).startsWith("- 286 earlier actions").contains(businessKey(action));
        String linked = (String) taskService.getVariable(offer.getId(), "linkedActions");
        assertThat(linked.length()).isLessThan(2000);
        assertThat(linked).endsWith(businessKey(action) + ",and 241 earlier");

        completeAs("registered.manager", offer, Map.of("offerDecision", "OPEN_CASE"));
        runDueJobs();
        assertThat(managementService.createJobQuery().withException().count()).as("no job failed").isZero();
        ProcessInstance escalatedCase = runtimeService.createProcessInstanceQuery().processDefinitionKey("escalated-case")
                .variableValueEquals("staffId", staffId).singleResult();
        assertThat(escalatedCase).isNotNull();
        List<Map<String, Object>> opened = rows("formal_escalation_tracker", businessKey(escalatedCase));
        assertThat(opened).singleElement().satisfies(row -> assertThat((String) row.get("linked_actions")).isEqualTo(linked));

        List<HistoricVariableInstance> strings = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableTypeIn("string").processInstanceIdIn(offer.getProcessInstanceId(), escalatedCase.getId()).list();
        assertThat(strings).allSatisfy(v -> assertThat(String.valueOf(v.getValue()).length()).as(v.getName()).isLessThanOrEqualTo(4000));
    }
}
