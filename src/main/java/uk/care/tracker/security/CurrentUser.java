package uk.care.tracker.security;

import java.util.Collection;
import java.util.List;

/** The person behind a request to the application's API, with their Camunda groups. */
public record CurrentUser(String userId, List<String> groupIds) {

    public boolean inAnyGroup(Collection<String> groups) {
        return groupIds.stream().anyMatch(groups::contains);
    }
}
