package uk.care.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.support.IntegrationTest;

/** Both APIs require a Camunda user, and each group sees and completes only its own work. */
class SecurityIT extends IntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private ProcessInstance startedAction() {
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = startAs("line.manager", "supervision-action", Map.of(
                "staffId", "S1004", "actionDescription", "Refresh moving and handling training on the e-learning portal",
                "actionCategory", "TRAINING_REFRESHER", "deadline", "2027-01-15", "supervisionDate", "2026-12-14",
                "managerResponsible", "line.manager"));
        runDueJobs();
        return instance;
    }

    private List<Map<String, Object>> tasksOf(String user, ProcessInstance instance) {
        return http.withBasicAuth(user, "demo")
                .exchange("/engine-rest/task?processInstanceId=" + instance.getId(), HttpMethod.GET, null, LIST).getBody();
    }

    @Test
    void the_rest_apis_refuse_anonymous_callers_and_wrong_passwords() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("deputy.manager", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> anonymous = http.getForEntity("/api/staff", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
        HttpHeaders page = new HttpHeaders();
        page.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> fromPage = http.exchange("/api/staff", HttpMethod.GET, new HttpEntity<>(page), String.class);
        assertThat(fromPage.getStatusCode()).as("the pages' own calls").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fromPage.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).as("no browser password dialog").isFalse();
        assertThat(http.withBasicAuth("line.manager", "wrong").getForEntity("/api/staff", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // a wrong password counts towards that account's login throttle (security/LoginThrottle), so the success case uses another user
        assertThat(http.withBasicAuth("hr.lead", "demo").getForEntity("/api/staff", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_task_is_seen_and_completed_only_by_its_group() {
        ProcessInstance instance = startedAction();
        assertThat(tasksOf("deputy.manager", instance)).extracting(t -> t.get("taskDefinitionKey"))
                .containsExactly(TASK_DEPUTY_VERIFICATION);
        assertThat(tasksOf("line.manager2", instance)).isEmpty();
        assertThat(tasksOf("registered.manager", instance)).isEmpty();
        assertThat(tasksOf("mentor", instance)).isEmpty();

        String taskId = openTask(instance, TASK_DEPUTY_VERIFICATION).getId();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"variables\":{\"outcomeClarity\":{\"value\":\"VAGUE\"},\"returnReason\":{\"value\":\"not measurable\"}}}";
        ResponseEntity<String> byOtherGroup = http.withBasicAuth("registered.manager", "demo").exchange(
                "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, json), String.class);
        assertThat(byOtherGroup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> byDeputy = http.withBasicAuth("deputy.manager", "demo").exchange(
                "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, json), String.class);
        assertThat(byDeputy.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void a_form_refused_by_the_server_answers_400_with_the_reason() {
        ProcessInstance instance = startedAction();
        String taskId = openTask(instance, TASK_DEPUTY_VERIFICATION).getId();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("deputy.manager", "demo").exchange(
                "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
                new HttpEntity<>("{\"variables\":{\"outcomeClarity\":{\"value\":\"CLEAR\"}}}", json),
                new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").toString())
                .contains("Choose a priority").contains("Say what evidence is required").doesNotContain("Exception");
        assertThat(openTask(instance, TASK_DEPUTY_VERIFICATION).getId()).isEqualTo(taskId);
    }

    @Test
    void only_line_managers_start_supervision_actions() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"variables\":{\"staffId\":{\"value\":\"S1001\"}}}";
        ResponseEntity<String> response = http.withBasicAuth("deputy.manager", "demo").exchange(
                "/engine-rest/process-definition/key/supervision-action/submit-form", HttpMethod.POST,
                new HttpEntity<>(body, json), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void an_action_is_visible_to_oversight_and_to_the_people_on_it_only() {
        ProcessInstance instance = startedAction();
        String url = "/api/actions/" + businessKey(instance);
        assertThat(http.withBasicAuth("registered.manager", "demo").getForEntity(url, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("line.manager", "demo").getForEntity(url, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("line.manager2", "demo").getForEntity(url, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("mentor", "demo").getForEntity(url, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
