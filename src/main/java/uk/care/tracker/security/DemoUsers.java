package uk.care.tracker.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo users of SPEC section 2, password {@code demo}. Created only in the demo profile. */
@Component
@Profile("demo")
public class DemoUsers {

    public static final String PASSWORD = "demo";

    public record DemoUser(String id, String firstName, String lastName, String group) {
        public String email() {
            return id + "@example.org";
        }
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("line.manager", "Lina", "Manager", CareGroups.LINE_MANAGERS),
            new DemoUser("line.manager2", "Leo", "Manager", CareGroups.LINE_MANAGERS),
            new DemoUser("deputy.manager", "Dee", "Deputy", CareGroups.DEPUTY_MANAGERS),
            new DemoUser("registered.manager", "Rita", "Registered", CareGroups.REGISTERED_MANAGERS),
            new DemoUser("hr.lead", "Harriet", "Lead", CareGroups.HR_LEADS),
            new DemoUser("quality.lead", "Quinn", "Lead", CareGroups.QUALITY_LEADS),
            new DemoUser("onboarding.supervisor", "Olu", "Supervisor", CareGroups.ONBOARDING_SUPERVISORS),
            new DemoUser("mentor", "Mo", "Mentor", CareGroups.MENTORS),
            new DemoUser("senior.leader", "Sam", "Leader", CareGroups.SENIOR_LEADERS));

    private final IdentityService identity;

    public DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    public void createDemoUsers() {
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.email());
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(demo.id(), demo.group());
            }
        }
    }
}
