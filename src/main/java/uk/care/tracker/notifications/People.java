package uk.care.tracker.notifications;

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
 * Recipients come from the Camunda user profiles (Admin, or a connected directory): a user's email is the one in
 * their profile. Lookups run without the current user's authorizations, because a reminder is written on behalf
 * of the system, also while somebody with narrow rights completes a form. The only Camunda identity code here.
 */
@Component
public class People {

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    public People(IdentityService identity, ProcessEngineConfiguration engineConfiguration) {
        this.identity = identity;
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
    }

    /** The user, or a person without name and email when no such user exists. */
    public Person user(String userId) {
        User user = unchecked(() -> identity.createUserQuery().userId(userId).singleResult());
        return user == null ? Person.unknown(userId) : person(user);
    }

    public List<Person> membersOf(String groupId) {
        return unchecked(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list())
                .stream().map(People::person).toList();
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
