package uk.care.tracker.security.sso;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import uk.care.tracker.security.CurrentUser;

/**
 * A verified JWT (signature, issuer, audience and expiry checked by Spring Security) as the person it names: their
 * Camunda user id and the care groups the mapping gives their directory groups, nothing else. The token's groups are
 * used as they are, without writing to the database: the identity provider issued it moments ago.
 */
public class BearerTokenPerson implements Converter<Jwt, AbstractAuthenticationToken> {

    /** The authority of a token whose groups map to at least one care group; without it the request is refused. */
    static final String MAPPED = "CARE_GROUP_MAPPED";

    private final DirectoryClaims claims;
    private final GroupMapping mapping;
    private final SsoIdentities identities;
    private final String subjectClaim;

    public BearerTokenPerson(SsoProperties properties, GroupMapping mapping, SsoIdentities identities) {
        this.claims = new DirectoryClaims(properties);
        this.mapping = mapping;
        this.identities = identities;
        this.subjectClaim = properties.subjectClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String userId;
        try {
            userId = claims.userId(jwt.getClaims());
            identities.checkTokenName(String.valueOf(jwt.getIssuer()), subject(jwt), userId);
        } catch (SsoRefusal refusal) {
            throw new BadCredentialsException(refusal.getMessage());
        }
        List<String> careGroups = mapping.careGroups(claims.directoryGroups(jwt.getClaims()));
        return new Token(jwt, new CurrentUser(userId, careGroups));
    }

    private String subject(Jwt jwt) {
        Object subject = jwt.getClaims().get(subjectClaim);
        if (!(subject instanceof String text) || text.isBlank()) {
            throw new BadCredentialsException("The token has no '" + subjectClaim + "' claim (tracker.sso.subject-claim)");
        }
        return text;
    }

    /** The person behind a bearer token; its principal is the {@link CurrentUser} the API and engine filters read. */
    static final class Token extends AbstractAuthenticationToken {

        private final transient Jwt jwt;
        private final CurrentUser user;

        Token(Jwt jwt, CurrentUser user) {
            super(user.groupIds().isEmpty() ? List.of() : List.of(new SimpleGrantedAuthority(MAPPED)));
            this.jwt = jwt;
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.userId();
        }
    }
}
