package uk.care.tracker.security.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * After the identity provider has signed the person in (password and second factor are its business): maps their
 * directory groups, creates or refreshes their Camunda user, and logs them in to the webapps exactly as Camunda's
 * own login form does, by putting Camunda's {@link UserAuthentication} in the (database-kept) session. From there
 * Tasklist, Cockpit, Admin, the pages and {@code /api} see an ordinary Camunda login, behind the same gates.
 */
public class SsoLoginHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SsoLoginHandler.class);

    private final ProcessEngine engine;
    private final SsoIdentities identities;
    private final GroupMapping mapping;
    private final DirectoryClaims claims;
    private final String afterLogin;
    private final String subjectClaim;

    public SsoLoginHandler(ProcessEngine engine, SsoIdentities identities, GroupMapping mapping, SsoProperties properties) {
        this.engine = engine;
        this.identities = identities;
        this.mapping = mapping;
        this.claims = new DirectoryClaims(properties);
        this.afterLogin = properties.afterLogin();
        this.subjectClaim = properties.subjectClaim();
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (!(authentication.getPrincipal() instanceof OidcUser oidcUser)) {
            refuse(request, response, "The identity provider did not answer with OpenID Connect");
            return;
        }
        Map<String, Object> tokenClaims = oidcUser.getClaims();
        try {
            SsoIdentities.DirectoryPerson person = new SsoIdentities.DirectoryPerson(String.valueOf(oidcUser.getIssuer()),
                    subject(tokenClaims), claims.userId(tokenClaims), oidcUser.getGivenName(), oidcUser.getFamilyName(),
                    oidcUser.getEmail());
            List<String> careGroups = mapping.careGroups(claims.directoryGroups(tokenClaims));
            if (careGroups.isEmpty()) {
                identities.removeGroups(person);
                throw new SsoRefusal("Your account is in none of the groups this application is set up for"
                        + " (tracker.sso.groups); ask your administrator to add you to a care group in the directory");
            }
            identities.signedOn(person, careGroups);
            logInToWebapps(request, person.userId());
            LOG.info("Single sign-on: {} signed in with groups {}", person.userId(), careGroups);
            response.sendRedirect(request.getContextPath() + afterLogin);
        } catch (SsoRefusal refusal) {
            LOG.info("Single sign-on refused: {}", refusal.getMessage());
            refuse(request, response, refusal.getMessage());
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        LOG.info("Single sign-on failed: {}", exception.getMessage());
        refuse(request, response, "The identity provider's answer was not accepted: " + exception.getMessage());
    }

    private String subject(Map<String, Object> tokenClaims) {
        if (!(tokenClaims.get(subjectClaim) instanceof String subject) || subject.isBlank()) {
            throw new SsoRefusal("The identity provider's token has no '" + subjectClaim + "' claim (tracker.sso.subject-claim)");
        }
        return subject;
    }

    /** What Camunda's login form does after a right password (UserAuthenticationResource.doLogin). */
    private void logInToWebapps(HttpServletRequest request, String userId) {
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        Date cacheValidationTime = ServletContextUtil.getAuthCacheValidationTime(request.getServletContext());
        if (cacheValidationTime != null) {
            authentication.setCacheValidationTime(cacheValidationTime);
        }
        // Spring Security has already given the session a new id (no fixation); keep it, with its login
        HttpSession session = request.getSession();
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Sign-in refused</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/app.css\"></head><body><main>"
                + "<h1>Sign-in refused</h1><p id=\"reason\">" + HtmlUtils.htmlEscape(reason) + "</p>"
                + "<p><a href=\"" + request.getContextPath() + "/\">Back to the start page</a></p></main></body></html>");
    }
}
