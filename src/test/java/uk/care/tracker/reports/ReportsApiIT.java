package uk.care.tracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_FOLLOW_UP_CHECK;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.support.IntegrationTest;

/** /api/reports over registers written by the workflow, including a closure reopened by a correction. */
class ReportsApiIT extends IntegrationTest {

    @Autowired RegisterReader registers;

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    private ProcessInstance closedAction(String staffId, String deadline, String closedOn, String evidenceType) {
        clockAt("2026-12-01T10:00");
        ProcessInstance instance = startAs("line.manager", "supervision-action", Map.of("staffId", staffId,
                "actionDescription", "Audit five care plans against the new template", "actionCategory", "CARE_PLAN_COMPLIANCE",
                "deadline", deadline, "supervisionDate", "2026-12-01", "managerResponsible", "line.manager"));
        runDueJobs();
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), Map.of("outcomeClarity", "CLEAR",
                "priority", "MEDIUM", "evidenceRequired", "The five audited plans", "reviewDate", "2026-12-08"));
        runDueJobs();
        clockAt(closedOn + "T16:00");
        completeAs("line.manager", openTask(instance, TASK_FOLLOW_UP_CHECK), Map.of("completionStatus", "COMPLETE",
                "evidenceSeen", true, "dateChecked", closedOn, "evidenceType", evidenceType,
                "evidenceDescription", "Five plans audited and signed off by the deputy"));
        runDueJobs();
        return instance;
    }

    private Map<String, Object> report(String team) {
        clockAt("2027-01-10T09:00");
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("quality.lead", "demo").exchange(
                "/api/reports/supervision-actions?from=2026-12-01&to=2026-12-31&team=" + team, HttpMethod.GET, null, MAP);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void figures_come_from_the_registers_and_a_reopening_correction_changes_them() {
        String team = "Team " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String a = newStaffMember("line.manager");
        String b = newStaffMember("line.manager");
        for (String id : List.of(a, b)) {
            var m = staff.find(id).orElseThrow();
            staff.save(new uk.care.tracker.staff.StaffMember(m.staffId(), m.name(), team, m.lineManager(), m.jobRole(),
                    m.startDate(), m.probationEndDate()));
        }
        String onDeadline = businessKey(closedAction(a, "2026-12-11", "2026-12-11", "AUDIT_EVIDENCE"));
        String early = businessKey(closedAction(b, "2026-12-18", "2026-12-14", "STATEMENT_ONLY"));

        Map<String, Object> before = report(team);
        assertThat(before).containsEntry("opened", 2).containsEntry("dueInPeriod", 2).containsEntry("closedOnTime", 2)
                .containsEntry("onTimeClosurePercent", 100.0).containsEntry("closedWithWeakEvidence", 1).containsEntry("openOverdue", 0);
        assertThat(before).as("the keys are fetched on demand, not sent with the report").doesNotContainKey("trace");
        assertThat(keys(team, "closedWithWeakEvidence")).isEqualTo(List.of(early));

        // the registered manager finds the statement-only closure unsupported and reopens it
        long closureRow = ((Number) registers.forBusinessKey(Register.ACTION_CLOSURE_LOG, early).get(0).get("id")).longValue();
        ResponseEntity<Map<String, Object>> corrected = http.withBasicAuth("registered.manager", "demo").exchange(
                "/api/registers/action_closure_log/" + closureRow + "/corrections", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "No evidence exists; the action is reopened",
                        "changes", Map.of("closed", false, "completion_status", "NOT_COMPLETE"))), MAP);
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(((Number) corrected.getBody().get("corrects_id")).longValue()).isEqualTo(closureRow);
        assertThat(corrected.getBody()).containsEntry("acting_user", "registered.manager").containsEntry("closed", false);

        Map<String, Object> after = report(team);
        assertThat(after).containsEntry("closedOnTime", 1).containsEntry("onTimeClosurePercent", 50.0)
                .containsEntry("closedWithWeakEvidence", 0).containsEntry("openOverdue", 1);
        assertThat(keys(team, "closedOnTime")).isEqualTo(List.of(onDeadline));
        assertThat(keys(team, "openOverdue")).isEqualTo(List.of(early));

        // the trend: one row per month, December's as the report counts it
        List<Map<String, Object>> trend = http.withBasicAuth("quality.lead", "demo").exchange(
                "/api/reports/supervision-actions/trend?from=2026-11-01&to=2026-12-31&team=" + team, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(trend).extracting(m -> m.get("month")).containsExactly("2026-11", "2026-12");
        assertThat(trend.get(1)).containsEntry("dueInPeriod", 2).containsEntry("closedOnTime", 1)
                .containsEntry("onTimeClosurePercent", 50.0).containsEntry("missedDeadlines", 1);
        assertThat(trend.get(1).get("overdueByManager")).isEqualTo(Map.of("line.manager", 1));
        assertThat(rows("audit_log", early)).extracting(r -> r.get("action")).contains("REGISTER_CORRECTED");
    }

    @SuppressWarnings("unchecked")
    private List<String> keys(String team, String figure) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("quality.lead", "demo").exchange(
                "/api/reports/supervision-actions/keys?from=2026-12-01&to=2026-12-31&team=" + team + "&figure=" + figure,
                HttpMethod.GET, null, MAP);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("figure", figure).containsEntry("page", 0);
        return (List<String>) response.getBody().get("keys");
    }

    @Test
    void keys_come_a_page_at_a_time_for_a_figure_that_exists() {
        String team = "Team " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String a = newStaffMember("line.manager");
        var m = staff.find(a).orElseThrow();
        staff.save(new uk.care.tracker.staff.StaffMember(m.staffId(), m.name(), team, m.lineManager(), m.jobRole(),
                m.startDate(), m.probationEndDate()));
        String first = businessKey(closedAction(a, "2026-12-11", "2026-12-11", "AUDIT_EVIDENCE"));
        String second = businessKey(closedAction(a, "2026-12-12", "2026-12-12", "AUDIT_EVIDENCE"));
        clockAt("2027-01-10T09:00");
        String base = "/api/reports/supervision-actions/keys?from=2026-12-01&to=2026-12-31&figure=opened&size=1&team=" + team;
        Map<String, Object> page0 = http.withBasicAuth("quality.lead", "demo").exchange(base, HttpMethod.GET, null, MAP).getBody();
        Map<String, Object> page1 = http.withBasicAuth("quality.lead", "demo").exchange(base + "&page=1", HttpMethod.GET, null, MAP).getBody();
        assertThat(page0).containsEntry("total", 2).containsEntry("keys", List.of(first));
        assertThat(page1).containsEntry("total", 2).containsEntry("keys", List.of(second));
        assertThat(http.withBasicAuth("quality.lead", "demo").getForEntity(
                "/api/reports/supervision-actions/keys?from=2026-12-01&to=2026-12-31&figure=everything", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("quality.lead", "demo").getForEntity(
                "/api/reports/supervision-actions/keys?from=2026-12-01&to=2026-12-31&figure=opened&size=100000", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        // a line manager reads the keys of their own actions only
        assertThat(http.withBasicAuth("line.manager2", "demo").getForEntity(
                "/api/reports/supervision-actions/keys?from=2026-12-01&to=2026-12-31&figure=opened&manager=line.manager",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("line.manager2", "demo").exchange(
                "/api/reports/supervision-actions/keys?from=2026-12-01&to=2026-12-31&figure=opened&team=" + team,
                HttpMethod.GET, null, MAP).getBody()).containsEntry("total", 0);
        assertThat(http.withBasicAuth("line.manager", "demo").exchange(
                "/api/reports/supervision-actions/keys?from=2026-12-01&to=2026-12-31&figure=opened&team=" + team,
                HttpMethod.GET, null, MAP).getBody()).containsEntry("total", 2);
        assertThat(http.withBasicAuth("line.manager2", "demo").getForEntity(
                "/api/reports/supervision-actions/trend?from=2026-12-01&to=2026-12-31&manager=line.manager",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("mentor", "demo").getForEntity(
                "/api/reports/supervision-actions/trend?from=2026-12-01&to=2026-12-31", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_dashboard_is_one_call_with_the_figures_of_the_separate_reports() {
        String team = "Team" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String a = newStaffMember("line.manager");
        var m = staff.find(a).orElseThrow();
        staff.save(new uk.care.tracker.staff.StaffMember(m.staffId(), m.name(), team, m.lineManager(), m.jobRole(),
                m.startDate(), m.probationEndDate()));
        closedAction(a, "2026-12-11", "2026-12-14", "STATEMENT_ONLY");
        clockAt("2027-01-10T09:00");
        String q = "from=2026-12-01&to=2026-12-31&team=" + team;
        Map<String, Object> dashboard = get("quality.lead", "/api/reports/dashboard?months=2&" + q);
        assertThat(dashboard.get("months")).isEqualTo(List.of("2026-11", "2026-12"));
        assertThat(dashboard.get("supervision")).isEqualTo(get("quality.lead", "/api/reports/supervision-actions?" + q));
        assertThat(dashboard.get("escalatedCases")).isEqualTo(get("quality.lead", "/api/reports/escalated-cases?" + q));
        assertThat(dashboard.get("probationActions")).isEqualTo(get("quality.lead", "/api/reports/probation-actions?" + q));
        assertThat(dashboard.get("warnings")).isEqualTo(http.withBasicAuth("quality.lead", "demo").exchange(
                "/api/reports/early-warnings?" + q, HttpMethod.GET, null, new ParameterizedTypeReference<List<Object>>() { }).getBody());
        assertThat(dashboard.get("supervisionTrend")).isEqualTo(http.withBasicAuth("quality.lead", "demo").exchange(
                "/api/reports/supervision-actions/trend?from=2026-11-01&to=2026-12-31&team=" + team,
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Object>>() { }).getBody());
        List<Object> cases = (List<Object>) dashboard.get("escalatedCaseTrend");
        List<Object> probation = (List<Object>) dashboard.get("probationTrend");
        assertThat(cases.get(0)).isEqualTo(get("quality.lead", "/api/reports/escalated-cases?from=2026-11-01&to=2026-11-30&team=" + team));
        assertThat(cases.get(1)).isEqualTo(dashboard.get("escalatedCases"));
        assertThat(probation.get(1)).isEqualTo(dashboard.get("probationActions"));
        assertThat((Map<String, Object>) dashboard.get("supervision")).containsEntry("opened", 1).containsEntry("closedWithWeakEvidence", 1)
                .doesNotContainKey("trace");

        // a line manager sees their own actions' figures only, and may not ask for another manager's
        Map<String, Object> own = (Map<String, Object>) get("line.manager", "/api/reports/dashboard?" + q).get("supervision");
        assertThat(own).containsEntry("manager", "line.manager").containsEntry("opened", 1);
        Map<String, Object> other = (Map<String, Object>) get("line.manager2", "/api/reports/dashboard?" + q).get("supervision");
        assertThat(other).containsEntry("manager", "line.manager2").containsEntry("opened", 0);
        assertThat(status("line.manager2", "/api/reports/dashboard?manager=line.manager&" + q)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("mentor", "/api/reports/dashboard?" + q)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("quality.lead", "/api/reports/dashboard?months=0&" + q)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("quality.lead", "/api/reports/dashboard?months=25&" + q)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("quality.lead", "/api/reports/dashboard?from=2026-12-31&to=2026-12-01")).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void only_administrators_rebuild_the_read_model_and_a_rebuild_changes_no_figure() {
        String team = "Team" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String a = newStaffMember("line.manager");
        var m = staff.find(a).orElseThrow();
        staff.save(new uk.care.tracker.staff.StaffMember(m.staffId(), m.name(), team, m.lineManager(), m.jobRole(),
                m.startDate(), m.probationEndDate()));
        closedAction(a, "2026-12-11", "2026-12-14", "STATEMENT_ONLY");
        clockAt("2027-01-10T09:00");
        String report = "/api/reports/supervision-actions?from=2026-12-01&to=2026-12-31&team=" + team;
        Map<String, Object> before = get("quality.lead", report);
        assertThat(before).containsEntry("opened", 1);
        for (String user : List.of("quality.lead", "registered.manager", "line.manager", "mentor")) {
            assertThat(http.withBasicAuth(user, "demo").postForEntity("/api/reports/supervision-actions/facts/rebuild", null,
                    String.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<Map<String, Object>> rebuilt = http.withBasicAuth("admin", "demo").exchange(
                "/api/reports/supervision-actions/facts/rebuild", HttpMethod.POST, null, MAP);
        assertThat(rebuilt.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("quality.lead", report)).isEqualTo(before);
    }

    private Map<String, Object> get(String user, String path) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, MAP);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpStatus status(String user, String path) {
        return HttpStatus.valueOf(http.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
    }

    @Test
    void line_managers_see_only_their_own_figures_and_registers_are_for_oversight() {
        assertThat(http.withBasicAuth("line.manager2", "demo").exchange(
                "/api/reports/supervision-actions?from=2026-12-01&to=2026-12-31&manager=line.manager", HttpMethod.GET, null, MAP)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> own = http.withBasicAuth("line.manager2", "demo").exchange(
                "/api/reports/supervision-actions?from=2026-12-01&to=2026-12-31", HttpMethod.GET, null, MAP).getBody();
        assertThat(own).containsEntry("manager", "line.manager2");
        assertThat(http.withBasicAuth("line.manager2", "demo").getForEntity(
                "/api/reports/registers/action_tracker?from=2026-12-01&to=2026-12-31", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("mentor", "demo").getForEntity(
                "/api/reports/supervision-actions?from=2026-12-01&to=2026-12-31", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("quality.lead", "demo").getForEntity(
                "/api/reports/supervision-actions?from=2026-12-31&to=2026-12-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_api_is_documented_with_openapi() {
        // the description needs a login like the API it describes (issue 10, item 10)
        ResponseEntity<String> docs = http.withBasicAuth("quality.lead", "demo").getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/reports/supervision-actions").contains("/api/reports/escalated-cases")
                .contains("/api/staff");
    }
}
