package uk.care.tracker.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Camunda groups of SPEC section 2: one per role in the article. */
public final class CareGroups {

    public static final String LINE_MANAGERS = "line-managers";
    public static final String DEPUTY_MANAGERS = "deputy-managers";
    public static final String REGISTERED_MANAGERS = "registered-managers";
    public static final String HR_LEADS = "hr-leads";
    public static final String QUALITY_LEADS = "quality-leads";
    public static final String ONBOARDING_SUPERVISORS = "onboarding-supervisors";
    public static final String MENTORS = "mentors";
    public static final String SENIOR_LEADERS = "senior-leaders";
    public static final String ADMINS = "camunda-admin";

    /** Group id to display name, in the order of the specification. */
    public static final Map<String, String> CARE_ROLES;

    static {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(LINE_MANAGERS, "Line Managers");
        roles.put(DEPUTY_MANAGERS, "Deputy Managers");
        roles.put(REGISTERED_MANAGERS, "Registered Managers");
        roles.put(HR_LEADS, "HR Leads");
        roles.put(QUALITY_LEADS, "Quality Leads");
        roles.put(ONBOARDING_SUPERVISORS, "Onboarding Supervisors");
        roles.put(MENTORS, "Mentors");
        roles.put(SENIOR_LEADERS, "Senior provider oversight");
        CARE_ROLES = Map.copyOf(roles);
    }

    /** Groups that oversee every tracked item, not only their own (they read all actions and registers). */
    public static final List<String> OVERSIGHT = List.of(DEPUTY_MANAGERS, REGISTERED_MANAGERS, HR_LEADS, QUALITY_LEADS,
            SENIOR_LEADERS, ADMINS);

    /** Groups that may replace the staff directory. */
    public static final List<String> STAFF_DIRECTORY_EDITORS = List.of(HR_LEADS, REGISTERED_MANAGERS, ADMINS);

    private CareGroups() {
    }
}
