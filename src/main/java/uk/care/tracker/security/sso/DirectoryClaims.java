package uk.care.tracker.security.sso;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Who a token names and which directory groups it lists, read the same way from an ID token and an access token. */
final class DirectoryClaims {

    /** Camunda's user id pattern (application.yaml) and the length of its id column. */
    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

    private final SsoProperties properties;

    DirectoryClaims(SsoProperties properties) {
        this.properties = properties;
    }

    /** The Camunda user id, lower-cased so that {@code Jo.Bloggs@...} and {@code jo.bloggs@...} are one person. */
    String userId(Map<String, Object> claims) {
        Object value = claims.get(properties.usernameClaim());
        if (!(value instanceof String text) || text.isBlank()) {
            throw new SsoRefusal("The identity provider's token has no '" + properties.usernameClaim()
                    + "' claim to name you (tracker.sso.username-claim)");
        }
        String userId = text.trim().toLowerCase(Locale.ROOT);
        if (!USER_ID.matcher(userId).matches()) {
            throw new SsoRefusal("The name '" + text + "' cannot be a user of this application: letters, digits and . _ @ -"
                    + " only, at most 64 characters");
        }
        return userId;
    }

    /**
     * The values of the groups claim; a dotted name reads a nested claim ({@code realm_access.roles} in Keycloak).
     * A single string counts as one group.
     */
    List<String> directoryGroups(Map<String, Object> claims) {
        Object value = claims;
        for (String part : properties.groupsClaim().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
