package uk.care.tracker.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls one of the two engine APIs as a person: {@code /engine-rest} with HTTP Basic, or the webapps'
 * {@code /camunda/api/engine/engine/default} with the Tasklist login session and its CSRF token, as the browser does.
 */
public final class EngineApiClient {

    public enum Api { ENGINE_REST, WEBAPP }

    public record Answer(int status, String body) {
    }

    private final HttpClient http;
    private final String base;
    private final Api api;
    private final String basic;
    private String csrfToken;

    private EngineApiClient(String base, Api api, String user, String password) {
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        this.base = base;
        this.api = api;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A client logged in as the user on the given API ({@code port} is the test server's). */
    public static EngineApiClient as(int port, Api api, String user, String password) {
        EngineApiClient client = new EngineApiClient("http://localhost:" + port, api, user, password);
        if (api == Api.WEBAPP) {
            client.login(user, password);
        }
        return client;
    }

    public Api api() {
        return api;
    }

    private void login(String user, String password) {
        send("GET", "/camunda/api/admin/auth/user/default", null, null);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Answer login = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
                "application/x-www-form-urlencoded");
        if (login.status() != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " answered " + login.status() + ": " + login.body());
        }
        send("GET", "/camunda/api/admin/auth/user/default", null, null);
    }

    /** A call relative to the engine, such as {@code task/42/submit-form}; the body is JSON when given. */
    public Answer call(String method, String enginePath, String json) {
        String root = api == Api.ENGINE_REST ? "/engine-rest/" : "/camunda/api/engine/engine/default/";
        return send(method, root + enginePath, json, "application/json");
    }

    private Answer send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (api == Api.ENGINE_REST) {
            request.header("Authorization", basic);
        } else if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.equals("Required")).ifPresent(t -> csrfToken = t);
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
