package uk.care.tracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the webapps' administration APIs for administrators:
 * <ul>
 *   <li>the Admin app's first-user setup ({@code /camunda/api/admin/setup/...}) is refused to everyone: the first
 *       administrator comes from configuration ({@code camunda.bpm.admin-user}), and without one the application
 *       does not start ({@link FirstAdministratorCheck});</li>
 *   <li>Cockpit's and Admin's own APIs ({@code /camunda/api/cockpit/...}, {@code /camunda/api/admin/...}) answer
 *       only members of {@code camunda-admin}; the login, logout and "who am I" calls that Tasklist makes
 *       ({@code /camunda/api/admin/auth/...}) stay open.</li>
 * </ul>
 */
public class WebappApiGate extends OncePerRequestFilter {

    private final String engineName;

    public WebappApiGate(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        if (path.startsWith("/camunda/api/admin/setup/") || path.equals("/camunda/api/admin/setup")) {
            reject(response, HttpServletResponse.SC_FORBIDDEN, "The setup of a first administrator is switched off: "
                    + "the administrator is configured (camunda.bpm.admin-user), see the README, Security");
            return;
        }
        boolean adminApi = path.startsWith("/camunda/api/cockpit/")
                || (path.startsWith("/camunda/api/admin/") && !path.startsWith("/camunda/api/admin/auth/"));
        if (adminApi) {
            UserAuthentication user = sessionUser(request.getSession(false));
            if (user == null) {
                reject(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in to Cockpit or Admin first");
                return;
            }
            if (user.getGroupIds() == null || !user.getGroupIds().contains(CareGroups.ADMINS)) {
                reject(response, HttpServletResponse.SC_FORBIDDEN,
                        "Cockpit and Admin are for administrators (camunda-admin) only; care staff use Tasklist and the dashboard");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private UserAuthentication sessionUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        return authentication instanceof UserAuthentication user ? user : null;
    }

    private static void reject(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }
}
