package uk.care.tracker.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Single sign-on against a real OpenID Connect server (issue 15): the authorization-code login creates and refreshes
 * the person's Camunda user and groups and ends in an ordinary Camunda login; bearer tokens act on both APIs with
 * the mapped groups only; unknown groups, expired, wrongly signed or misaddressed tokens, and names of local users
 * are refused; logout ends the login. Each test uses people of its own.
 */
class SsoIT extends SsoTestSupport {

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;

    private static String someone(String role) {
        return role + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).sorted().toList();
    }

    private Browser signedIn(String userId, List<String> directoryGroups) {
        Browser browser = new Browser(port);
        nextSignInAs("subject-of-" + userId, person(userId, directoryGroups));
        HttpResponse<String> landing = browser.signIn();
        assertThat(landing.uri().getPath()).as(landing.body()).isEqualTo("/camunda/app/tasklist/default/");
        assertThat(landing.statusCode()).isEqualTo(200);
        return browser;
    }

    private ResponseEntity<String> withToken(HttpMethod method, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, method, new HttpEntity<>(headers), String.class);
    }

    // ---- the authorization-code login ----------------------------------------------------------------------

    @Test
    void the_first_sign_in_creates_the_person_without_a_password_and_logs_them_in_to_the_webapps_and_the_api() {
        String userId = someone("lm");
        Browser browser = signedIn(userId, List.of("care-line-managers", "a-group-nobody-mapped"));

        User user = identityService.createUserQuery().userId(userId).singleResult();
        assertThat(user.getEmail()).isEqualTo(userId + "@care.example.org");
        assertThat(user.getFirstName()).isEqualTo("Sam");
        assertThat(user.getLastName()).isEqualTo("Ng-" + userId);
        assertThat(groupsOf(userId)).containsExactly("line-managers");

        // an ordinary Camunda login, seen by the webapps, the pages and /api alike
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"" + userId + "\"")
                .contains("tasklist").doesNotContain("cockpit");
        assertThat(browser.get("/api/staff").statusCode()).isEqualTo(200);
        // behind the same gates: a line manager is not an administrator
        assertThat(browser.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/notifications").statusCode()).isEqualTo(403);

        // no password anyone knows: HTTP Basic and the login form fail whatever is tried
        for (String guess : new String[] {"", "demo", userId, "null"}) {
            assertThat(http.withBasicAuth(userId, guess).getForEntity("/api/staff", String.class).getStatusCode().value())
                    .isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("SELECT subject FROM sso_identity WHERE user_id = ?", String.class, userId))
                .isEqualTo("subject-of-" + userId);
    }

    @Test
    void the_sign_in_is_kept_in_the_database_so_that_any_node_serves_it() {
        Browser browser = signedIn(someone("node"), List.of("care-line-managers"));
        // the Camunda login the webapps read, in Spring Session's tables (ADR 0006), not in this node's memory
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session s JOIN spring_session_attributes a"
                + " ON a.session_primary_id = s.primary_id WHERE s.session_id = ? AND a.attribute_name = 'authenticatedUser'",
                Integer.class, browser.sessionId())).isEqualTo(1);
    }

    @Test
    void groups_are_refreshed_at_every_sign_in_so_a_role_change_counts_at_once() {
        String userId = someone("rm");
        Browser administrator = signedIn(userId, List.of("care-line-managers", "it-administrators"));
        assertThat(groupsOf(userId)).containsExactly("camunda-admin", "line-managers");
        assertThat(administrator.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
                .isEqualTo(200);

        Browser again = signedIn(userId, List.of("care-deputies"));
        assertThat(groupsOf(userId)).containsExactly("deputy-managers");
        assertThat(again.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode()).isEqualTo(403);
    }

    @Test
    void a_person_in_no_mapped_group_is_refused_and_loses_the_groups_they_had() {
        String userId = someone("leaver");
        signedIn(userId, List.of("care-registered-managers"));
        assertThat(groupsOf(userId)).containsExactly("registered-managers");

        Browser browser = new Browser(port);
        nextSignInAs("subject-of-" + userId, person(userId, List.of("former-staff")));
        HttpResponse<String> refused = browser.signIn();
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("none of the groups this application is set up for");
        assertThat(groupsOf(userId)).isEmpty();
        assertThat(browser.get("/api/staff").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
    }

    @Test
    void the_raw_name_of_the_administrators_group_in_the_directory_grants_nothing() {
        Browser browser = new Browser(port);
        String userId = someone("sneaky");
        nextSignInAs("subject-of-" + userId, person(userId, List.of("camunda-admin", "line-managers")));
        assertThat(browser.signIn().statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    }

    @Test
    void a_directory_account_cannot_take_over_a_local_user_or_another_accounts_name() {
        Browser browser = new Browser(port);
        nextSignInAs("someone-else", person("admin", List.of("it-administrators")));
        HttpResponse<String> refused = browser.signIn();
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("is a local user");
        assertThat(browser.get("/api/staff").statusCode()).isEqualTo(401);

        String userId = someone("first");
        signedIn(userId, List.of("care-line-managers"));
        Browser impostor = new Browser(port);
        nextSignInAs("another-subject", person(userId, List.of("it-administrators")));
        assertThat(impostor.signIn().body()).contains("belongs to another account");
        assertThat(groupsOf(userId)).containsExactly("line-managers");
    }

    @Test
    void logout_ends_the_login_here_and_at_the_identity_provider() {
        Browser browser = signedIn(someone("out"), List.of("care-line-managers"));
        HttpResponse<String> logout = browser.post("/sso/logout");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow())
                .startsWith(IDENTITY_PROVIDER.endSessionEndpointUrl(ISSUER_ID).toString());
        assertThat(browser.get("/api/staff").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
    }

    // ---- bearer tokens on /api and /engine-rest --------------------------------------------------------------

    @Test
    void a_bearer_token_acts_on_both_apis_with_the_mapped_groups_and_their_authorizations() {
        String registered = accessToken("svc-1", person("reporting.service", List.of("care-registered-managers")), 300);
        assertThat(withToken(HttpMethod.GET, "/api/staff", registered).getStatusCode().value()).isEqualTo(200);
        assertThat(withToken(HttpMethod.GET, "/api/notifications", registered).getStatusCode().value()).isEqualTo(200);
        assertThat(withToken(HttpMethod.GET, "/engine-rest/task", registered).getStatusCode().value()).isEqualTo(200);
        // a token creates nobody: it writes nothing
        assertThat(identityService.createUserQuery().userId("reporting.service").count()).isZero();

        String lineManager = accessToken("svc-2", person("rota.service", List.of("care-line-managers")), 300);
        assertThat(withToken(HttpMethod.GET, "/api/notifications", lineManager).getStatusCode().value()).isEqualTo(403);
        // the engine gate is the same: a care user may not read jobs, whatever carries their login
        assertThat(withToken(HttpMethod.GET, "/engine-rest/job", lineManager).getStatusCode().value()).isEqualTo(403);
        // and the token does not open a session for later requests
        assertThat(withToken(HttpMethod.GET, "/api/staff", lineManager).getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void a_token_whose_groups_map_to_nothing_is_refused_with_the_reason() {
        for (List<String> groups : List.of(List.<String>of(), List.of("care-cleaners"), List.of("camunda-admin"))) {
            String token = accessToken("svc-3", person("unmapped.service", groups), 300);
            ResponseEntity<String> api = withToken(HttpMethod.GET, "/api/staff", token);
            assertThat(api.getStatusCode().value()).isEqualTo(403);
            assertThat(api.getBody()).contains("map to no care group");
            assertThat(withToken(HttpMethod.GET, "/engine-rest/task", token).getStatusCode().value()).isEqualTo(403);
        }
    }

    @Test
    void expired_wrongly_signed_misaddressed_and_borrowed_name_tokens_are_refused() throws Exception {
        Map<String, Object> claims = person("integration.service", List.of("care-registered-managers"));
        String expired = accessToken("svc-4", claims, -600);
        String genuine = accessToken("svc-4", claims, 300);
        SignedJWT genuineJwt = SignedJWT.parse(genuine);

        // the same claims and key id, signed by a key that is not the identity provider's
        RSAKey forgerKey = new RSAKeyGenerator(2048).keyID(genuineJwt.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forgerKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), genuineJwt.getJWTClaimsSet());
        forged.sign(new RSASSASigner(forgerKey));

        String otherAudience = IDENTITY_PROVIDER.issueToken(ISSUER_ID, "svc-4", "some-other-application", claims, 300L).serialize();
        String localName = accessToken("svc-5", person("admin", List.of("it-administrators")), 300);
        String unsigned = new com.nimbusds.jwt.PlainJWT(new JWTClaimsSet.Builder(genuineJwt.getJWTClaimsSet())
                .expirationTime(new Date(System.currentTimeMillis() + 300_000)).build()).serialize();

        for (String token : List.of(expired, forged.serialize(), otherAudience, localName, unsigned, "not-a-token")) {
            for (String path : List.of("/api/staff", "/engine-rest/task")) {
                ResponseEntity<String> refused = withToken(HttpMethod.GET, path, token);
                assertThat(refused.getStatusCode().value()).as(path + " " + token).isEqualTo(401);
                assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
            }
        }
        assertThat(withToken(HttpMethod.GET, "/api/staff", genuine).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void local_users_keep_their_password_login_beside_single_sign_on() {
        assertThat(http.withBasicAuth("line.manager", "demo").getForEntity("/api/staff", String.class).getStatusCode().value())
                .isEqualTo(200);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/job", String.class).getStatusCode().value())
                .isEqualTo(200);
        assertThat(http.getForEntity("/sso/status", String.class).getBody()).contains("/oauth2/authorization/sso");
    }
}
