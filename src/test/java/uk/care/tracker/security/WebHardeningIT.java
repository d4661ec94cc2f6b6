package uk.care.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.care.tracker.support.IntegrationTest;

/**
 * Issue 10, items 6, 7 and 10: the setup page is shut, wrong passwords are throttled with a lock that expires (and
 * Camunda never locks anyone for good), every answer carries the security headers, the API description needs a login,
 * the demo clock is the administrator's, and Cockpit's and Admin's APIs are not for care staff.
 */
class WebHardeningIT extends IntegrationTest {

    @Autowired LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        throttle.clear();
        // the engine's own counters, so that no test sees another's wrong passwords
        for (String user : List.of("line.manager2", "mentor", "quality.lead", "senior.leader")) {
            identityService.unlockUser(user);
        }
    }

    // ---- item 6: safe first start ----

    @Test
    void the_webapp_setup_endpoint_is_refused_to_everyone() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@example.org\"},"
                + "\"credentials\":{\"password\":\"takeover-1234\"}}";
        for (String path : List.of("/camunda/api/admin/setup/default/user/create", "/camunda/api/admin/setup/default/user/create/",
                "/camunda/api/admin//setup/default/user/create", "/camunda/api/admin/./setup/default/user/create")) {
            ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, json), String.class);
            assertThat(response.getStatusCode().value()).as(path).isIn(400, 403, 404);
        }
        ResponseEntity<String> plain = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                new HttpEntity<>(body, json), String.class);
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plain.getBody()).contains("camunda.bpm.admin-user");
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    // ---- item 7: login abuse ----

    @Test
    void wrong_passwords_for_one_account_lock_it_for_a_while_and_the_lock_expires() throws Exception {
        int limit = throttle.settings().maxFailuresPerAccount();
        for (int i = 0; i < limit; i++) {
            assertThat(status(http.withBasicAuth("line.manager2", "wrong" + i).getForEntity("/engine-rest/task", String.class)))
                    .isEqualTo(401);
        }
        ResponseEntity<String> locked = http.withBasicAuth("line.manager2", "demo").getForEntity("/engine-rest/task", String.class);
        assertThat(locked.getStatusCode()).as("even the right password waits").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertRetryAfter(locked);
        assertThat(locked.getBody()).contains("Try again in");
        // the same account is locked on the other ways in too
        assertThat(status(http.withBasicAuth("line.manager2", "demo").getForEntity("/api/staff", String.class))).isEqualTo(429);
        assertThat(status(webappLogin("line.manager2", "demo"))).isEqualTo(429);

        // another account from the same computer is not affected
        assertThat(status(http.withBasicAuth("hr.lead", "demo").getForEntity("/engine-rest/task", String.class))).isEqualTo(200);

        waitForLockToEnd();
        assertThat(status(http.withBasicAuth("line.manager2", "demo").getForEntity("/engine-rest/task", String.class)))
                .as("the lock expired").isEqualTo(200);
    }

    @Test
    void wrong_passwords_on_the_webapp_login_and_on_api_basic_are_counted_too() {
        int limit = throttle.settings().maxFailuresPerAccount();
        for (int i = 0; i < limit; i++) {
            assertThat(status(webappLogin("mentor", "wrong" + i))).isEqualTo(401);
        }
        ResponseEntity<String> locked = webappLogin("mentor", "demo");
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertRetryAfter(locked);

        for (int i = 0; i < limit; i++) {
            assertThat(status(http.withBasicAuth("quality.lead", "wrong" + i).getForEntity("/api/staff", String.class))).isEqualTo(401);
        }
        ResponseEntity<String> api = http.withBasicAuth("quality.lead", "demo").getForEntity("/api/staff", String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertRetryAfter(api);
    }

    @Test
    void one_client_guessing_across_accounts_is_throttled_as_a_client() throws Exception {
        int limit = throttle.settings().maxFailuresPerClient();
        for (int i = 0; i < limit; i++) {
            assertThat(status(http.withBasicAuth("nobody" + i, "guess").getForEntity("/engine-rest/task", String.class)))
                    .isEqualTo(401);
        }
        ResponseEntity<String> locked = http.withBasicAuth("hr.lead", "demo").getForEntity("/engine-rest/task", String.class);
        assertThat(locked.getStatusCode()).as("this client waits, whichever account").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertRetryAfter(locked);
        waitForLockToEnd();
        assertThat(status(http.withBasicAuth("hr.lead", "demo").getForEntity("/engine-rest/task", String.class))).isEqualTo(200);
    }

    @Test
    void camunda_never_locks_an_account_for_good() {
        // an attacker with many addresses gets past the per-client count; the engine itself must not lock for ever
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < throttle.settings().maxFailuresPerAccount() - 1; i++) {
                assertThat(status(http.withBasicAuth("senior.leader", "wrong").getForEntity("/engine-rest/task", String.class)))
                        .isEqualTo(401);
            }
            throttle.clear();
        }
        for (int i = 0; i < 15; i++) {
            assertThat(identityService.checkPassword("senior.leader", "wrong")).isFalse();
        }
        assertThat(identityService.checkPassword("senior.leader", "demo")).as("no permanent lock (ENGINE-27002)").isTrue();
        assertThat(status(http.withBasicAuth("senior.leader", "demo").getForEntity("/engine-rest/task", String.class))).isEqualTo(200);
    }

    // ---- item 10: headers ----

    @Test
    void pages_the_api_and_the_webapps_carry_the_security_headers() throws Exception {
        for (String page : List.of("/", "/dashboard.html", "/item.html", "/evidence.html", "/notifications.html", "/dashboard.js")) {
            ResponseEntity<String> response = http.getForEntity(page, String.class);
            assertThat(response.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
            assertAppHeaders(page, response.getHeaders());
        }
        assertAppHeaders("/api", http.withBasicAuth("hr.lead", "demo").getForEntity("/api/staff", String.class).getHeaders());
        assertAppHeaders("/api anonymous", http.getForEntity("/api/staff", String.class).getHeaders());
        assertAppHeaders("/engine-rest", http.withBasicAuth("hr.lead", "demo").getForEntity("/engine-rest/task", String.class).getHeaders());

        // the inline scripts of the pages are allowed by their hashes, and nothing else inline is
        for (String page : List.of("/evidence.html", "/notifications.html")) {
            ResponseEntity<String> response = http.getForEntity(page, String.class);
            String csp = response.getHeaders().getFirst("Content-Security-Policy");
            Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(response.getBody());
            assertThat(script.find()).as(page + " has an inline script").isTrue();
            String hash = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
            assertThat(csp).contains("'sha256-" + hash + "'");
        }

        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders webapp = tasklist.getHeaders();
        assertThat(webapp.getFirst("Content-Security-Policy")).as("Camunda's own policy").contains("frame-ancestors");
        assertThat(webapp.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(webapp.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(webapp.getFirst("Strict-Transport-Security")).as("header-security.hsts").startsWith("max-age=31536000");
    }

    private static void assertAppHeaders(String what, HttpHeaders headers) {
        String csp = headers.getFirst("Content-Security-Policy");
        assertThat(csp).as(what + " CSP").contains("default-src 'self'").contains("frame-ancestors 'self'")
                .contains("object-src 'none'");
        assertThat(csp.replaceAll(".*script-src ([^;]*);.*", "$1")).as(what + " script-src").doesNotContain("unsafe");
        assertThat(headers.getFirst("X-Frame-Options")).as(what).isEqualTo("SAMEORIGIN");
        assertThat(headers.getFirst("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).as(what).isEqualTo("same-origin");
        assertThat(headers.getFirst("Strict-Transport-Security")).as(what + ": no HSTS over plain HTTP").isNull();
    }

    // ---- item 10: the API description needs a login ----

    @Test
    void the_api_description_and_swagger_ui_need_a_login() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html")) {
            assertThat(status(http.getForEntity(path, String.class))).as(path).isEqualTo(401);
        }
        ResponseEntity<String> docs = http.withBasicAuth("hr.lead", "demo").getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/staff");
        assertThat(status(http.withBasicAuth("hr.lead", "demo").getForEntity("/swagger-ui/index.html", String.class))).isEqualTo(200);
    }

    // ---- item 10: the demo clock is the administrator's ----

    @Test
    void only_an_administrator_moves_the_demo_clock() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> setting = new HttpEntity<>("{\"now\":\"2026-12-30T09:00:00Z\"}", json);

        ResponseEntity<String> byManager = http.withBasicAuth("line.manager", "demo")
                .exchange("/api/demo/clock", HttpMethod.POST, setting, String.class);
        assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byManager.getBody()).contains("administrator");
        assertThat(status(http.withBasicAuth("registered.manager", "demo")
                .exchange("/api/demo/clock", HttpMethod.DELETE, null, String.class))).isEqualTo(403);
        assertThat(status(http.withBasicAuth("line.manager", "demo").getForEntity("/api/demo/clock", String.class)))
                .as("reading it is harmless").isEqualTo(200);

        ResponseEntity<String> byAdmin = http.withBasicAuth("admin", "demo")
                .exchange("/api/demo/clock", HttpMethod.POST, setting, String.class);
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byAdmin.getBody()).contains("2026-12-30T09:00:00Z");
        assertThat(status(http.withBasicAuth("admin", "demo")
                .exchange("/api/demo/clock", HttpMethod.DELETE, null, String.class))).isEqualTo(200);
    }

    // ---- item 10: Cockpit's and Admin's APIs are for administrators ----

    @Test
    void care_staff_cannot_read_cockpit_or_admin_apis_but_keep_what_tasklist_needs() {
        String manager = sessionCookies(webappLogin("registered.manager", "demo"));
        String admin = sessionCookies(webappLogin("admin", "demo"));
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

        ResponseEntity<String> refused = withCookies(manager, statistics);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("camunda-admin");
        assertThat(status(withCookies(manager, "/camunda/api/admin/plugin/adminPlugins/static/app/plugin.js")))
                .isEqualTo(403);
        assertThat(status(withCookies(manager, "/camunda/api/admin/auth/user/default"))).as("Tasklist's 'who am I'").isEqualTo(200);
        assertThat(status(http.getForEntity(statistics, String.class))).as("anonymous").isEqualTo(401);

        assertThat(status(withCookies(admin, statistics))).isEqualTo(200);
    }

    // ---- helpers ----

    /** As Tasklist logs in: the page first (a session and its CSRF token), then the login form. */
    private ResponseEntity<String> webappLogin(String user, String password) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";", 2)[0]).toList()));
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token == null) {
            token = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                    .map(c -> c.substring("XSRF-TOKEN=".length()).split(";", 2)[0]).findFirst().orElse("");
        }
        headers.set("X-XSRF-TOKEN", token);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private static String sessionCookies(ResponseEntity<String> login) {
        assertThat(login.getStatusCode()).as("login").isEqualTo(HttpStatus.OK);
        List<String> cookies = login.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).as("session cookie").isNotEmpty();
        return String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
    }

    private ResponseEntity<String> withCookies(String cookies, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookies);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private void assertRetryAfter(ResponseEntity<String> response) {
        String retryAfter = response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(retryAfter).as("Retry-After").isNotNull();
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, throttle.settings().lock().toSeconds() + 1);
    }

    private void waitForLockToEnd() throws InterruptedException {
        Thread.sleep(throttle.settings().lock().toMillis() + 300);
    }

    private static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }

}
