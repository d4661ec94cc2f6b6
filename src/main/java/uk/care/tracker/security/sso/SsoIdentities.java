package uk.care.tracker.security.sso;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Camunda users that single sign-on creates and keeps up to date. Each is linked, at first sign-on, to the
 * identity provider's account (issuer and subject, table {@code sso_identity}), so that no other account, and no
 * token, can act under a name that belongs to someone else or to a local user with a password.
 */
public class SsoIdentities {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One person as the identity provider describes them. */
    public record DirectoryPerson(String issuer, String subject, String userId, String firstName, String lastName,
                                  String email) {
    }

    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean linkLocalUsers;

    public SsoIdentities(IdentityService identity, JdbcTemplate jdbc, TransactionTemplate transactions, boolean linkLocalUsers) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.linkLocalUsers = linkLocalUsers;
    }

    /**
     * At each sign-on: links the account on first use, creates or refreshes the Camunda user (name, email), and
     * sets its memberships of the directory-managed groups to exactly {@code careGroups}.
     */
    public void signedOn(DirectoryPerson person, List<String> careGroups) {
        try {
            transactions.executeWithoutResult(status -> refresh(person, careGroups));
        } catch (DataIntegrityViolationException raced) {
            // the same person's first sign-on on another node or tab got there first; now the link exists
            transactions.executeWithoutResult(status -> refresh(person, careGroups));
        }
    }

    /** A sign-on refused for want of any mapped group: a linked person who had groups loses them now. */
    public void removeGroups(DirectoryPerson person) {
        transactions.executeWithoutResult(status -> {
            if (isLinkedTo(person.userId(), person.issuer(), person.subject())) {
                setMemberships(person.userId(), List.of());
            }
        });
    }

    /** A bearer token may act under a name that is its own account's or nobody's yet; never a local user's. */
    public void checkTokenName(String issuer, String subject, String userId) {
        checkLink(issuer, subject, userId, false);
    }

    private void refresh(DirectoryPerson person, List<String> careGroups) {
        identity.clearAuthentication();
        checkLink(person.issuer(), person.subject(), person.userId(), true);
        User user = identity.createUserQuery().userId(person.userId()).singleResult();
        if (user == null) {
            user = identity.newUser(person.userId());
            // no password anyone knows: this person signs in at the identity provider only (HTTP Basic and the
            // webapps' login form always fail for them)
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            user.setPassword(Base64.getEncoder().encodeToString(secret));
            describe(user, person);
            identity.saveUser(user);
        } else if (!Objects.equals(user.getFirstName(), person.firstName()) || !Objects.equals(user.getLastName(), person.lastName())
                || !Objects.equals(user.getEmail(), person.email())) {
            describe(user, person);
            identity.saveUser(user);
        }
        setMemberships(person.userId(), careGroups);
    }

    private static void describe(User user, DirectoryPerson person) {
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.email());
    }

    private void setMemberships(String userId, List<String> careGroups) {
        List<String> current = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        for (String group : GroupMapping.MANAGED) {
            boolean member = current.contains(group);
            boolean wanted = careGroups.contains(group);
            if (wanted && !member) {
                identity.createMembership(userId, group);
            } else if (!wanted && member) {
                identity.deleteMembership(userId, group);
            }
        }
    }

    private void checkLink(String issuer, String subject, String userId, boolean linkIfFree) {
        List<String> linkedName = jdbc.queryForList("SELECT user_id FROM sso_identity WHERE issuer = ? AND subject = ?",
                String.class, issuer, subject);
        if (!linkedName.isEmpty() && !linkedName.get(0).equals(userId)) {
            throw new SsoRefusal("Your account was first used here as '" + linkedName.get(0) + "' and now says '" + userId
                    + "'; an administrator must rename the user in Admin first");
        }
        if (!linkedName.isEmpty()) {
            return;
        }
        if (!jdbc.queryForList("SELECT subject FROM sso_identity WHERE user_id = ?", String.class, userId).isEmpty()) {
            throw new SsoRefusal("The user '" + userId + "' belongs to another account of the identity provider");
        }
        if (identity.createUserQuery().userId(userId).count() > 0 && !linkLocalUsers) {
            throw new SsoRefusal("'" + userId + "' is a local user of this application (with a password); single sign-on"
                    + " may not take it over unless tracker.sso.link-local-users is on");
        }
        if (linkIfFree) {
            jdbc.update("INSERT INTO sso_identity (user_id, issuer, subject, linked_at) VALUES (?, ?, ?, ?)",
                    userId, issuer, subject, Timestamp.from(Instant.now()));
        }
    }

    private boolean isLinkedTo(String userId, String issuer, String subject) {
        return !jdbc.queryForList("SELECT user_id FROM sso_identity WHERE user_id = ? AND issuer = ? AND subject = ?",
                String.class, userId, issuer, subject).isEmpty();
    }
}
