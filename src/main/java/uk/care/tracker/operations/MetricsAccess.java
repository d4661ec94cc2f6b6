package uk.care.tracker.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.LoginThrottle;
import uk.care.tracker.security.LoginThrottleFilter;

/**
 * The metrics ({@code /actuator/prometheus}, {@code /actuator/metrics}) answer members of {@code camunda-admin}
 * only: HTTP Basic for a Prometheus server (a dedicated administrator account), or an administrator's Cockpit login
 * in a browser. Wrong passwords count towards the login throttle like every other login. {@code /actuator/health}
 * stays open (a load balancer asks it) and shows no details.
 */
@Configuration
public class MetricsAccess {

    static final String[] PATHS = {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/*"};

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> metricsLoginThrottling(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setName("metricsLoginThrottling");
        registration.addUrlPatterns(PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdministratorsOnly> metricsAdministratorsOnly(ProcessEngine engine) {
        FilterRegistrationBean<AdministratorsOnly> registration =
                new FilterRegistrationBean<>(new AdministratorsOnly(engine.getIdentityService(), engine.getName()));
        registration.setName("metricsAdministratorsOnly");
        registration.addUrlPatterns(PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
        return registration;
    }

    static final class AdministratorsOnly extends OncePerRequestFilter {

        private final IdentityService identity;
        private final String engineName;

        AdministratorsOnly(IdentityService identity, String engineName) {
            this.identity = identity;
            this.engineName = engineName;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String user = user(request);
            if (user == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Supervision Action Tracker metrics\", charset=\"UTF-8\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in as an administrator (camunda-admin)");
                return;
            }
            if (identity.createGroupQuery().groupMember(user).groupId(CareGroups.ADMINS).count() == 0) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Metrics are for administrators (camunda-admin) only");
                return;
            }
            chain.doFilter(request, response);
        }

        private String user(HttpServletRequest request) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    if (colon > 0 && identity.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1))) {
                        return decoded.substring(0, colon);
                    }
                } catch (IllegalArgumentException e) {
                    return null;
                }
                return null;
            }
            HttpSession session = request.getSession(false);
            Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
            return authentication instanceof UserAuthentication user ? user.getName() : null;
        }
    }
}
