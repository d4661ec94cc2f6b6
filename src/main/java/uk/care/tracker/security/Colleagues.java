package uk.care.tracker.security;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The one place that asks Camunda about users: does this person exist, are they in that role, who is in a group,
 * and where to write to them (their profile's email). Lookups run without the current user's authorizations: the
 * application asks on its own behalf, while a form is checked or a reminder written, whoever submitted it.
 */
@Component
public class Colleagues {

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    public Colleagues(IdentityService identity, ProcessEngineConfiguration engineConfiguration) {
        this.identity = identity;
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
    }

    public boolean exists(String userId) {
        return userId != null && !userId.isBlank()
                && unchecked(() -> identity.createUserQuery().userId(userId).count()) > 0;
    }

    public boolean isMember(String userId, String groupId) {
        return exists(userId) && unchecked(() -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count()) > 0;
    }

    /** The user, or a person without name and email when no such user exists. */
    public Person user(String userId) {
        User user = unchecked(() -> identity.createUserQuery().userId(userId).singleResult());
        return user == null ? Person.unknown(userId) : person(user);
    }

    public List<Person> membersOf(String groupId) {
        return unchecked(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list())
                .stream().map(Colleagues::person).toList();
    }

    /** The group's display name ("Registered Managers"), or its id when it has none. */
    public String groupName(String groupId) {
        Group group = unchecked(() -> identity.createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
    }

    private static Person person(User user) {
        return new Person(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
    }

    /** Joins the engine's command when called from a listener or delegate, so it sees the same transaction. */
    private <T> T unchecked(Supplier<T> query) {
        return engineConfiguration.getCommandExecutorTxRequired()
                .execute(commandContext -> commandContext.runWithoutAuthorization((Callable<T>) query::get));
    }
}
