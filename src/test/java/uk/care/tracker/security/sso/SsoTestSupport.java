package uk.care.tracker.security.sso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with single sign-on on (profile {@code sso}, as an operator switches it on), against a real
 * OpenID Connect server in the test JVM (mock-oauth2-server: discovery, authorization-code flow, signed tokens,
 * JWKS). Every SSO test class extends this, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "sso"})
public abstract class SsoTestSupport {

    public static final String ISSUER_ID = "sso";
    public static final String CLIENT_ID = "supervision-tracker";

    /** Started once for the JVM, before the application asks it for its discovery document. */
    public static final MockOAuth2Server IDENTITY_PROVIDER = startIdentityProvider();

    private static MockOAuth2Server startIdentityProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("SSO_ISSUER_URI", () -> IDENTITY_PROVIDER.issuerUrl(ISSUER_ID).toString());
        registry.add("SSO_CLIENT_ID", () -> CLIENT_ID);
        registry.add("SSO_CLIENT_SECRET", () -> "client-secret-of-the-test");
        registry.add("TRACKER_SSO_GROUPS", () -> "care-line-managers=line-managers,care-deputies=deputy-managers,"
                + "care-registered-managers=registered-managers,it-administrators=camunda-admin");
    }

    /** The claims the directory gives a person, as Keycloak or Entra ID would put them in a token. */
    public static Map<String, Object> person(String userName, List<String> groups) {
        return Map.of("preferred_username", userName, "groups", groups, "given_name", "Sam", "family_name", "Ng-" + userName,
                "email", userName + "@care.example.org");
    }

    /** The next login at the identity provider answers for this person (their password and second factor done). */
    public static void nextSignInAs(String subject, Map<String, Object> claims) {
        IDENTITY_PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /** An access token from the identity provider, for an integration calling the APIs. */
    public static String accessToken(String subject, Map<String, Object> claims, long expirySeconds) {
        return IDENTITY_PROVIDER.issueToken(ISSUER_ID, subject, CLIENT_ID, claims, expirySeconds).serialize();
    }

    /** A browser without JavaScript: keeps cookies, follows no redirect by itself. */
    public static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        public Browser(int port) {
            this.base = "http://localhost:" + port;
        }

        public HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
        }

        public HttpResponse<String> post(String path) {
            return send(HttpRequest.newBuilder(uri(path)).header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.noBody()));
        }

        /** Follows the redirects from {@code start} as a browser would, and answers the first page that is not one. */
        public HttpResponse<String> follow(String start) {
            HttpResponse<String> response = get(start);
            for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
                response = get(response.headers().firstValue("Location").orElseThrow());
            }
            return response;
        }

        /** The id of the login session this browser holds (Spring Session's cookie is its id in Base64). */
        public String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).findFirst()
                    .map(c -> new String(java.util.Base64.getDecoder().decode(c.getValue()), java.nio.charset.StandardCharsets.UTF_8))
                    .orElseThrow();
        }

        /** The authorization-code login: start page link, identity provider, back with the code. */
        public HttpResponse<String> signIn() {
            return follow("/oauth2/authorization/sso");
        }

        private URI uri(String pathOrUrl) {
            return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.header("Accept", "application/json, text/html").build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
