package uk.care.tracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to {@code /api/*} with the Camunda users: HTTP Basic for programs, or the login session
 * of Tasklist and the application's pages for people, or (with single sign-on) a bearer token that Spring Security
 * has already verified ({@link BearerTokens}). The user and their groups are set on the engine for the
 * request, so that engine queries made on its behalf apply the same authorizations as {@code /engine-rest}.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String CURRENT_USER = ApiAuthenticationFilter.class.getName() + ".user";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identityService;
    private final String engineName;

    public ApiAuthenticationFilter(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user;
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = fromBasic(header.substring(6).trim());
        } else if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            user = BearerTokens.currentUser();
        } else {
            user = fromSession(request.getSession(false));
            if (user != null && !SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request)) {
                // a browser session must not be usable from another site's page
                reject(response, HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
                return;
            }
        }
        if (user == null) {
            // the application's own pages ask as XMLHttpRequest: they show a link to the Tasklist login instead of the
            // browser's password dialog, which the challenge would open
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Supervision Action Tracker\", charset=\"UTF-8\"");
            }
            reject(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Log in first: use your Tasklist user name and password (HTTP Basic), or log in to Tasklist in this browser"
                    + " (or, with single sign-on, send a bearer token from the identity provider)");
            return;
        }
        request.setAttribute(CURRENT_USER, user);
        identityService.setAuthentication(user.userId(), user.groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private CurrentUser fromBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
            return null;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return new CurrentUser(userId, groups);
    }

    private CurrentUser fromSession(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        if (authentication instanceof UserAuthentication userAuthentication) {
            return new CurrentUser(userAuthentication.getName(), List.copyOf(userAuthentication.getGroupIds()));
        }
        return null;
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void reject(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }
}
