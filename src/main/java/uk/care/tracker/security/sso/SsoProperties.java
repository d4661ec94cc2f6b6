package uk.care.tracker.security.sso;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on ({@code tracker.sso.*}, ADR 0009). The identity provider itself (issuer, client id, secret) is
 * Spring Boot's {@code spring.security.oauth2.client.*} and {@code spring.security.oauth2.resourceserver.*}, set by
 * profile {@code sso} from the environment.
 *
 * @param enabled         switches Spring Security, the login and the bearer tokens on
 * @param usernameClaim   the claim that names the person: it becomes their Camunda user id (lower-cased)
 * @param subjectClaim    the claim that identifies the account for good ({@code sub}; {@code oid} for Entra ID)
 * @param groupsClaim     the claim that lists the person's groups or roles in the directory
 * @param groups          the mapping, each entry {@code <value of the groups claim>=<care group>}; values not listed
 *                        give nothing, and {@code camunda-admin} only where an entry says so
 * @param linkLocalUsers  whether a first sign-on may take over a local user of the same name (off: refused)
 * @param afterLogin      where a person lands after signing in
 */
@ConfigurationProperties("tracker.sso")
public record SsoProperties(boolean enabled, String usernameClaim, String subjectClaim, String groupsClaim, List<String> groups,
                            boolean linkLocalUsers, String afterLogin) {

    public SsoProperties {
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        subjectClaim = subjectClaim == null || subjectClaim.isBlank() ? "sub" : subjectClaim;
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        groups = groups == null ? List.of() : List.copyOf(groups);
        afterLogin = afterLogin == null || afterLogin.isBlank() ? "/camunda/app/tasklist/default/" : afterLogin;
    }
}
