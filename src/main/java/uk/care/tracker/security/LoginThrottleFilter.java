package uk.care.tracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the three ways to log in: the webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}})
 * and HTTP Basic on {@code /engine-rest}, {@code /api} and the API description. A client or account that has had too
 * many wrong passwords gets 429 with {@code Retry-After} before its password is checked at all; a 401 from the login
 * behind counts as a failure, a success (2xx, 3xx) clears the account's count.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = loginAttempt(request);
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(client, account.get());
        if (wait.isPresent()) {
            refuse(response, wait.get());
            return;
        }
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(client, account.get());
        } else if (status < 400) {
            // only a real success clears the account's count: a refused request (a missing CSRF token, a 403) must not
            throttle.succeeded(account.get());
        }
    }

    /** The account named by a login attempt, or empty when the request does not try a password. */
    private static Optional<String> loginAttempt(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        if ("POST".equalsIgnoreCase(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
            String username = request.getParameter("username");
            return Optional.of(username == null ? "" : username);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.of(basicUser(header.substring(6).trim()));
        }
        return Optional.empty();
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":429,\"message\":\"Too many wrong passwords from this computer or for this "
                + "account. Try again in " + seconds + " seconds, or ask your administrator to reset your password.\"}");
    }
}
