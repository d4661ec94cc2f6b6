package uk.care.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import uk.care.tracker.support.IntegrationTest;

/**
 * Without single sign-on (the default, and every other test's context) a bearer token opens nothing and the
 * sign-on endpoints do not exist: no Spring Security filter runs to vouch for a token (ADR 0009).
 */
class BearerTokenWithoutSsoIT extends IntegrationTest {

    private int statusWithBearer(String path) {
        HttpHeaders headers = new HttpHeaders();
        // well-formed, and even unsigned tokens are refused; nothing here can check one
        headers.setBearerAuth("eyJhbGciOiJub25lIn0.eyJwcmVmZXJyZWRfdXNlcm5hbWUiOiJhZG1pbiIsImdyb3VwcyI6WyJjYW11bmRhLWFkbWluIl19.");
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
    }

    @Test
    void a_bearer_token_is_refused_on_both_apis() {
        assertThat(statusWithBearer("/api/staff")).isEqualTo(401);
        assertThat(statusWithBearer("/engine-rest/task")).isEqualTo(401);
        assertThat(statusWithBearer("/engine-rest/user")).isEqualTo(401);
    }

    @Test
    void the_sign_on_endpoints_are_not_there() {
        assertThat(http.getForEntity("/sso/status", String.class).getBody()).isEqualTo("{\"enabled\":false}");
        assertThat(http.getForEntity("/oauth2/authorization/sso", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.postForEntity("/sso/logout", null, String.class).getStatusCode().value()).isIn(404, 405);
    }
}
