package uk.care.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_CASE_REVIEW;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import uk.care.tracker.corrections.RegisterCorrections;
import uk.care.tracker.registers.Register;
import uk.care.tracker.support.IntegrationTest;

/** Three supervision actions in one category within 90 days offer the Registered Manager an escalated case. */
class RepeatConcernOfferIT extends IntegrationTest {

    @Autowired RegisterCorrections corrections;

    private String staffId;

    private String supervisionAction(String category, String date) {
        clockAt(date + "T10:00");
        ProcessInstance instance = startAs("line.manager", "supervision-action", Map.of("staffId", staffId,
                "actionDescription", "Bring daily care notes up to date and have them audited", "actionCategory", category,
                "deadline", "2027-03-31", "supervisionDate", date, "managerResponsible", "line.manager"));
        runDueJobs();
        return businessKey(instance);
    }

    private List<ProcessInstance> offers() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("repeat-concern-offer")
                .variableValueEquals("staffId", staffId).list();
    }

    private Task offerTask() {
        return taskService.createTaskQuery().processDefinitionKey("repeat-concern-offer")
                .processVariableValueEquals("staffId", staffId).singleResult();
    }

    @Test
    void the_third_action_in_a_category_within_90_days_offers_a_case_which_opens_with_the_history() {
        staffId = newStaffMember("line.manager");
        String first = supervisionAction("RECORD_KEEPING", "2026-09-15");
        String second = supervisionAction("RECORD_KEEPING", "2026-10-20");
        supervisionAction("TRAINING_REFRESHER", "2026-11-02");
        assertThat(offers()).as("two in the category, one in another").isEmpty();
        String third = supervisionAction("RECORD_KEEPING", "2026-12-01");

        assertThat(offers()).hasSize(1);
        Task offer = offerTask();
        assertThat(taskService.getVariable(offer.getId(), "linkedActions")).isEqualTo(first + "," + second + "," + third);
        assertThat(taskService.getVariable(offer.getId(), "concernType")).isEqualTo("DOCUMENTATION");
        String offerKey = offers().get(0).getBusinessKey();
        assertThat(offerKey).matches("RC-2026-\\d{6}");

        completeAs("registered.manager", offer, Map.of("offerDecision", "OPEN_CASE"));
        runDueJobs();
        List<Map<String, Object>> offerRows = rows("formal_escalation_tracker", offerKey);
        assertThat(offerRows).extracting(r -> r.get("entry_type")).containsExactly("OFFER_MADE", "OFFER_ACCEPTED");
        String caseKey = (String) offerRows.get(1).get("linked_case");
        assertThat(caseKey).matches("EC-2026-\\d{6}");
        assertThat(rows("formal_escalation_tracker", caseKey)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "OPENED").containsEntry("concern_type", "DOCUMENTATION")
                .containsEntry("linked_actions", first + "," + second + "," + third).containsEntry("linked_case", offerKey)
                .containsEntry("acting_user", "registered.manager").containsEntry("staff_id", staffId));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseKey).count()).isEqualTo(1);

        supervisionAction("RECORD_KEEPING", "2026-12-08");
        assertThat(offers()).as("no offer while a case of that concern is open").isEmpty();
    }

    @Test
    void declining_records_the_reason_and_only_later_actions_count_towards_the_next_offer() {
        staffId = newStaffMember("line.manager2");
        supervisionAction("CARE_PLAN_COMPLIANCE", "2026-10-01");
        supervisionAction("CARE_PLAN_COMPLIANCE", "2026-10-15");
        supervisionAction("CARE_PLAN_COMPLIANCE", "2026-11-02");
        String offerKey = offers().get(0).getBusinessKey();
        supervisionAction("CARE_PLAN_COMPLIANCE", "2026-11-03");
        assertThat(offers()).as("one offer at a time").hasSize(1);

        completeAs("registered.manager", offerTask(), Map.of("offerDecision", "DECLINE",
                "declineReason", "Actions relate to one resident's new plan; training already booked"));
        runDueJobs();
        assertThat(rows("formal_escalation_tracker", offerKey)).last().satisfies(row -> assertThat(row)
                .containsEntry("entry_type", "OFFER_DECLINED").containsEntry("action_category", "CARE_PLAN_COMPLIANCE")
                .containsEntry("decision_reason", "Actions relate to one resident's new plan; training already booked"));

        supervisionAction("CARE_PLAN_COMPLIANCE", "2026-11-10");
        supervisionAction("CARE_PLAN_COMPLIANCE", "2026-11-17");
        assertThat(offers()).as("two since the decline").isEmpty();
        supervisionAction("CARE_PLAN_COMPLIANCE", "2026-11-24");
        assertThat(offers()).hasSize(1);
    }

    /** The detection reads the action tracker as it stands (ADR 0010): a correction replaces its row, it adds none. */
    @Test
    void a_corrected_action_counts_once() {
        staffId = newStaffMember("line.manager");
        String first = supervisionAction("RECORD_KEEPING", "2026-10-01");
        Long registered = jdbc.queryForObject("SELECT id FROM action_tracker WHERE business_key = ? AND entry_type = 'REGISTERED'",
                Long.class, first);
        corrections.correct(Register.ACTION_TRACKER, registered, Map.of("action_description",
                "Bring daily care notes up to date every shift and have them audited"), "Wording agreed again with the staff member",
                "registered.manager");
        String second = supervisionAction("RECORD_KEEPING", "2026-10-15");
        assertThat(offers()).as("two actions, one of them corrected").isEmpty();

        String third = supervisionAction("RECORD_KEEPING", "2026-10-29");
        assertThat(offers()).hasSize(1);
        assertThat(taskService.getVariable(offerTask().getId(), "linkedActions")).isEqualTo(first + "," + second + "," + third);
        assertThat((String) taskService.getVariable(offerTask().getId(), "concernHistory"))
                .contains("every shift").containsOnlyOnce(first);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_escalated_case_is_readable_as_a_tracked_item() {
        staffId = newStaffMember("line.manager");
        clockAt("2026-12-01T09:00");
        ProcessInstance instance = startAs("registered.manager", "escalated-case", Map.of("staffId", staffId,
                "concernType", "SHIFT_RELIABILITY", "thresholdMet", "Third late arrival in a month", "concernConfirmedDate",
                "2026-12-01", "escalatedDate", "2026-12-01"));
        runDueJobs();
        String key = businessKey(instance);
        Map<String, Object> item = http.withBasicAuth("quality.lead", "demo").exchange("/api/actions/" + key, HttpMethod.GET,
                null, new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
        assertThat(item).containsEntry("status", "OPEN").containsEntry("deadline", "2027-01-26").containsEntry("staffId", staffId);

        clockAt("2026-12-14T12:00");
        completeAs("registered.manager", openTask(instance, TASK_CASE_REVIEW), Map.of("actionPlanCompliance", "NONE",
                "remainingRisk", "HIGH", "recheckOutcome", "FAILED", "nextDecision", "CONTINUE", "meetingDate", "2026-12-14"));
        runDueJobs();
        item = http.withBasicAuth("line.manager", "demo").exchange("/api/actions/" + key, HttpMethod.GET,
                null, new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
        assertThat(item).containsEntry("status", "ESCALATED");
        assertThat((List<Map<String, Object>>) item.get("escalations")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("stage", "SENIOR_OVERSIGHT"));
    }
}
