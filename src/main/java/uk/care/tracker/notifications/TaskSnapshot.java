package uk.care.tracker.notifications;

import java.time.Instant;
import java.util.List;

/**
 * What a reminder needs to know about an open user task, whichever workflow it belongs to. Built from the
 * engine by {@link TaskEvents} and {@link OpenTasks}; the process variables {@code staffId}, {@code staffName} and
 * {@code actionDescription} are the ones every workflow keeps (SPEC section 8).
 */
public record TaskSnapshot(String taskId, String taskName, String processInstanceId, String businessKey,
                           String staffId, String staffName, String actionDescription, Instant due, Instant created,
                           String assignee, List<String> candidateUsers, List<String> candidateGroups) {

    public static final String STAFF_ID = "staffId";
    public static final String STAFF_NAME = "staffName";
    public static final String ACTION_DESCRIPTION = "actionDescription";
    public static final List<String> VARIABLES = List.of(STAFF_ID, STAFF_NAME, ACTION_DESCRIPTION);

    /** "Ben Carter (S1002)", or what is known of it. */
    public String staffLabel() {
        return MailTemplates.staff(staffId, staffName);
    }
}
