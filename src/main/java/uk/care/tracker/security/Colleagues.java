package uk.care.tracker.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Questions about Camunda users that forms and workflows ask: does this person exist, are they in that role. */
@Component
public class Colleagues {

    private final IdentityService identity;

    public Colleagues(IdentityService identity) {
        this.identity = identity;
    }

    public boolean exists(String userId) {
        return userId != null && !userId.isBlank() && identity.createUserQuery().userId(userId).count() > 0;
    }

    public boolean isMember(String userId, String groupId) {
        return exists(userId) && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }
}
