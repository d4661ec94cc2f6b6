package uk.care.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.care.tracker.security.sso.SsoTestSupport;

/**
 * Issue 15's journey in a real browser: a line manager and a deputy manager who exist only in the directory sign in
 * through the OpenID Connect server from Tasklist's sign-in page, the first starts a supervision action and the
 * second completes its verification; then the deputy signs out from the start page and is logged out of Tasklist.
 * Screenshots in target/browser-journey-sso.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoBrowserJourneyIT extends SsoTestSupport {

    @LocalServerPort int port;
    @Autowired HistoryService history;
    @Autowired org.camunda.bpm.engine.TaskService tasks;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;

    private Tasklist browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Tasklist("http://localhost:" + port, Path.of("target", "browser-journey-sso"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String inDays(int days) {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(days)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** What the job executor, off in the tests' engine, would do with the process's asynchronous steps. */
    private void runDueJobs() {
        for (int round = 0; round < 20; round++) {
            List<org.camunda.bpm.engine.runtime.Job> due = managementService.createJobQuery().executable().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    @Test
    void directory_people_sign_in_through_the_identity_provider_and_work_a_supervision_action() {
        nextSignInAs("entra-object-lee", person("lee.directory", List.of("care-line-managers")));
        browser.signInWithOrganisationAccount();
        browser.screenshot("sso-line-manager-signed-in");
        browser.startProcess("Supervision action");
        browser.pick("StaffId", "Amira");
        browser.type("ActionDescription", "Shadow two medication rounds with the senior carer and record both");
        browser.choose("ActionCategory", "Medication");
        browser.date("Deadline", inDays(28));
        browser.submitStartForm();
        browser.screenshot("sso-line-manager-action-started");

        // the tests' engine runs no job executor: do what it would do with the start's asynchronous continuation
        runDueJobs();
        assertThat(tasks.createTaskQuery().taskCandidateGroup("deputy-managers")
                .taskDefinitionKey(uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION).count())
                .as("the verification waits for the deputy managers").isPositive();

        nextSignInAs("entra-object-dee", person("dee.directory", List.of("care-deputies")));
        browser.signInWithOrganisationAccount();
        browser.screenshot("sso-deputy-signed-in");
        browser.openTask("Verify the action", "Shadow two medication rounds");
        browser.claim();
        browser.radio("OutcomeClarity", "Yes");
        browser.choose("Priority", "High");
        browser.type("EvidenceRequired", "Both medication round records signed by the senior carer");
        browser.date("ReviewDate", inDays(21));
        browser.screenshot("sso-deputy-verification-filled");
        browser.complete();

        List<HistoricTaskInstance> verified = history.createHistoricTaskInstanceQuery().taskAssignee("dee.directory")
                .taskDefinitionKey(uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION).finished().list();
        assertThat(verified).hasSize(1);

        browser.open("/");
        // out here, out at the identity provider, and back on the start page
        browser.clickAndWaitForNextPage(".tracker-sso-signout");
        browser.waitFor(".tracker-sso-signout");
        browser.open("/camunda/app/tasklist/default/");
        browser.waitFor("form[name=signinForm]");
        browser.screenshot("sso-signed-out");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
