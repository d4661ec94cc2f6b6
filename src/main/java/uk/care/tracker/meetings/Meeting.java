package uk.care.tracker.meetings;

import java.util.Arrays;
import java.util.List;
import uk.care.tracker.api.NotFound;
import uk.care.tracker.security.CareGroups;

/** The article's meetings, each working from one list. */
public enum Meeting {
    WEEKLY_MANAGEMENT_CALL("weekly-management-call", "Weekly management call", 1,
            List.of(CareGroups.DEPUTY_MANAGERS, CareGroups.LINE_MANAGERS)),
    WEEKLY_OVERDUE_REVIEW("weekly-overdue-review", "Weekly overdue review", 1,
            List.of(CareGroups.REGISTERED_MANAGERS)),
    FORTNIGHTLY_CASE_REVIEW("fortnightly-case-review", "Fortnightly case review", 2,
            List.of(CareGroups.REGISTERED_MANAGERS, CareGroups.HR_LEADS)),
    WEEKLY_PROBATION_REVIEW("weekly-probation-review", "Weekly probation review call", 1,
            List.of(CareGroups.MENTORS, CareGroups.ONBOARDING_SUPERVISORS, CareGroups.DEPUTY_MANAGERS)),
    FORTNIGHTLY_WORKFORCE_MONITORING("fortnightly-workforce-monitoring", "Fortnightly workforce monitoring meeting", 2,
            List.of(CareGroups.DEPUTY_MANAGERS, CareGroups.REGISTERED_MANAGERS));

    private final String id;
    private final String title;
    private final int defaultEveryWeeks;
    private final List<String> attendees;

    Meeting(String id, String title, int defaultEveryWeeks, List<String> attendees) {
        this.id = id;
        this.title = title;
        this.defaultEveryWeeks = defaultEveryWeeks;
        this.attendees = attendees;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    int defaultEveryWeeks() {
        return defaultEveryWeeks;
    }

    /** The groups who attend by default (tracker.meetings.schedule.<meeting>.attendees replaces them). */
    List<String> defaultAttendees() {
        return attendees;
    }

    public static Meeting byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("No meeting called " + id + "; one of "
                        + String.join(", ", Arrays.stream(values()).map(Meeting::id).toList())));
    }
}
