package uk.care.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/**
 * The journey of issue 7 in a real browser against the running application, with its job executor on: a line
 * manager starts a supervision action from the start form, the deputy verifies it, the demo clock passes the
 * deadline, and the registered manager finds the overdue review; a probation action and an escalated case are
 * started the same way; the quality lead's dashboard draws its charts and the evidence pack downloads. Screenshots of
 * every step are kept in target/browser-journey; any browser console error fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tracker-browser;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired ProcessEngine engine;

    private Tasklist browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Tasklist("http://localhost:" + port, Path.of("target", "browser-journey"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        ClockUtil.reset();
    }

    private void demoClock(String londonTime) {
        Instant at = LocalDateTime.parse(londonTime).atZone(LONDON).toInstant();
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/demo/clock", Map.of("now", at.toString()), Map.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
    }

    private String latestBusinessKey(String processKey) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .orderByProcessInstanceId().desc().listPage(0, 1).get(0);
        return instance.getBusinessKey();
    }

    private String status(String businessKey) {
        return (String) http.withBasicAuth("admin", "demo").exchange("/api/actions/" + businessKey, HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody().get("status");
    }

    @Test
    void a_supervision_action_from_start_form_to_overdue_review_and_the_other_workflows_started_alike() throws Exception {
        demoClock("2026-12-14T09:00");

        browser.login("line.manager");
        browser.startProcess("Supervision action");
        browser.pick("StaffId", "Amira");
        browser.type("ActionDescription", "Audit five daily notes with the senior carer and correct any gaps");
        browser.choose("ActionCategory", "Record keeping");
        browser.date("Deadline", "18/12/2026");
        browser.screenshot("line-manager-start-form");
        browser.submitStartForm();
        browser.screenshot("line-manager-action-started");
        String action = latestBusinessKey("supervision-action");
        assertThat(action).matches("SA-2026-\\d{6}");

        browser.login("deputy.manager");
        browser.openTask("Verify the action", "Amira Hassan");
        browser.screenshot("deputy-verification-task");
        browser.claim();
        browser.radio("OutcomeClarity", "Yes");
        browser.choose("Priority", "High");
        browser.type("EvidenceRequired", "Audit of five daily notes signed by the deputy");
        browser.date("ReviewDate", "17/12/2026");
        browser.screenshot("deputy-verification-filled");
        browser.complete();

        demoClock("2026-12-26T00:30");
        for (int waited = 0; waited < 60 && !"ESCALATED".equals(status(action)); waited++) {
            Tasklist.pause(1000);
        }
        assertThat(status(action)).as("escalated by the job executor after the clock moved").isEqualTo("ESCALATED");

        browser.login("registered.manager");
        browser.openTask("Review the overdue action", "Amira Hassan");
        browser.screenshot("registered-manager-overdue-review");
        assertThat(browser.pageText()).contains("Overdue by more than seven calendar days");

        demoClock("2026-12-14T10:00");
        browser.login("onboarding.supervisor");
        browser.startProcess("Probation action");
        browser.pick("StaffId", "Chloe");
        browser.radio("Checkpoint", "Week 6");
        browser.type("ActionDescription", "Practise the handover record with the mentor until it is complete unaided");
        browser.choose("CompetencyArea", "Communication");
        browser.date("Deadline", "15/01/2027");
        browser.pick("PersonResponsible", "Mentor");
        browser.screenshot("onboarding-supervisor-probation-start-form");
        browser.submitStartForm();
        assertThat(latestBusinessKey("probation-action")).matches("PA-2026-\\d{6}");

        browser.login("registered.manager");
        browser.startProcess("Escalated case");
        browser.pick("StaffId", "Ben");
        browser.choose("ConcernType", "Documentation");
        browser.type("ThresholdMet", "Third documentation concern in 90 days despite supervision actions");
        browser.screenshot("registered-manager-escalated-case-start-form");
        browser.submitStartForm();
        assertThat(latestBusinessKey("escalated-case")).matches("EC-2026-\\d{6}");
        browser.screenshot("registered-manager-case-started");

        browser.login("quality.lead");
        browser.open("/dashboard.html?from=2026-12-01&to=2026-12-31");
        for (String chart : new String[] {"ontime", "manager", "category", "cases", "probation"}) {
            browser.waitFor("#chart-" + chart + " canvas");
        }
        browser.waitFor("#figures table");
        browser.waitForText("#leavers", "No open items of staff who have left");
        browser.screenshot("quality-lead-dashboard");
        browser.click("#pack-buttons button[data-pack='pdf']:not([data-staff])");
        browser.waitForText("#pack-status", "Downloaded");
        browser.screenshot("quality-lead-evidence-pack-downloaded");
        Path pdf;
        try (var files = java.nio.file.Files.list(browser.downloads())) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow(() -> new AssertionError("no PDF downloaded"));
        }
        assertThat(new String(java.nio.file.Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the meeting packs: the Friday overdue review's list on the page, then its PDF to print
        browser.open("/meetings.html");
        browser.click("#meetings tr[data-meeting='weekly-overdue-review'] button.show");
        browser.waitFor("#pack h2");
        browser.screenshot("quality-lead-meeting-pack");
        browser.click("#meetings tr[data-meeting='weekly-overdue-review'] a.pdf");
        Path meetingPdf = null;
        for (int waited = 0; waited < 30 && meetingPdf == null; waited++) {
            try (var files = java.nio.file.Files.list(browser.downloads())) {
                meetingPdf = files.filter(f -> f.getFileName().toString().matches("weekly-overdue-review-.*\\.pdf")).findFirst().orElse(null);
            }
            Tasklist.pause(500);
        }
        assertThat(meetingPdf).as("the meeting pack's PDF downloaded").isNotNull();
        assertThat(new String(java.nio.file.Files.readAllBytes(meetingPdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }
}
