package uk.care.tracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person behind a bearer token, once single sign-on's Spring Security filters have verified it (signature,
 * issuer, audience, expiry, mapped groups) earlier in the same request; {@code null} otherwise, and always without
 * single sign-on, where no filter ever sets it. Only the {@link CurrentUser} those filters put there counts.
 */
public final class BearerTokens {

    private BearerTokens() {
    }

    public static CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    /**
     * {@code /engine-rest}: a verified bearer token acts as its person with the token's care groups, exactly as
     * HTTP Basic acts as the user with their groups; anything else is HTTP Basic, as before.
     */
    public static class EngineRestAuthentication implements AuthenticationProvider {

        private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                CurrentUser user = currentUser();
                if (user == null) {
                    return AuthenticationResult.unsuccessful();
                }
                AuthenticationResult result = AuthenticationResult.successful(user.userId());
                result.setGroups(user.groupIds());
                result.setTenants(java.util.List.of());
                return result;
            }
            return basic.extractAuthenticatedUser(request, engine);
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            basic.augmentResponseByAuthenticationChallenge(response, engine);
        }
    }
}
