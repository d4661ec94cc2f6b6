package uk.care.tracker.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_FOLLOW_UP_CHECK;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.support.IntegrationTest;

/** GET /api/actions/{businessKey} follows a supervision action from open to escalated to closed. */
class TrackedItemApiIT extends IntegrationTest {

    private Map<String, Object> item(String businessKey) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("quality.lead", "demo").exchange(
                "/api/actions/" + businessKey, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void status_moves_from_open_to_overdue_to_escalated_to_closed() {
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = startAs("line.manager", "supervision-action", Map.of(
                "staffId", "S1005", "actionDescription", "Complete safeguarding level 2 refresher and discuss at next supervision",
                "actionCategory", "SAFEGUARDING", "deadline", "2026-12-18", "supervisionDate", "2026-12-14",
                "managerResponsible", "line.manager2"));
        runDueJobs();
        String key = businessKey(instance);

        assertThat(item(key)).containsEntry("businessKey", key).containsEntry("staffId", "S1005")
                .containsEntry("status", "OPEN").containsEntry("deadline", "2026-12-18").containsEntry("closedOn", null);

        clockAt("2026-12-18T23:59:30");
        assertThat(item(key)).containsEntry("status", "OPEN");
        clockAt("2026-12-19T00:00");
        runDueJobs();
        Map<String, Object> escalated = item(key);
        assertThat(escalated).containsEntry("status", "ESCALATED");
        assertThat((List<Map<String, Object>>) escalated.get("escalations")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("stage", "OVERDUE_REGISTER").containsEntry("at", "2026-12-19T00:00:00Z")
                .containsKey("reason"));

        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), Map.of("outcomeClarity", "CLEAR",
                "priority", "HIGH", "evidenceRequired", "Certificate", "reviewDate", "2026-12-21"));
        runDueJobs();
        clockAt("2026-12-21T10:00");
        completeAs("line.manager2", openTask(instance, TASK_FOLLOW_UP_CHECK), Map.of("completionStatus", "COMPLETE",
                "evidenceSeen", true, "dateChecked", "2026-12-21", "evidenceType", "TRAINING_CONFIRMATION",
                "evidenceDescription", "Level 2 certificate dated 20 December seen and copied to file"));
        runDueJobs();
        Map<String, Object> closed = item(key);
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("closedOn", "2026-12-21")
                .containsEntry("openedOn", "2026-12-14").containsEntry("openedBy", "line.manager");
        assertThat((Map<String, Object>) closed.get("closureEvidence")).containsEntry("type", "TRAINING_CONFIRMATION")
                .containsEntry("description", "Level 2 certificate dated 20 December seen and copied to file")
                .containsEntry("recordedBy", "line.manager2").containsEntry("recordedAt", "2026-12-21T10:00:00Z")
                .containsEntry("attachment", null);
    }

    @Test
    void an_unknown_key_is_404() {
        assertThat(http.withBasicAuth("quality.lead", "demo").getForEntity("/api/actions/SA-1999-000001", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
