package uk.care.tracker.reports;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.care.tracker.api.Forbidden;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;

/**
 * Who reads governance reports: managers, quality leads, HR and senior leaders. A line manager sees only the
 * figures of the actions they are responsible for; the oversight groups see the whole service.
 */
@Component
public class ReportAccess {

    static final List<String> READERS = List.of(CareGroups.LINE_MANAGERS, CareGroups.DEPUTY_MANAGERS,
            CareGroups.REGISTERED_MANAGERS, CareGroups.HR_LEADS, CareGroups.QUALITY_LEADS, CareGroups.SENIOR_LEADERS,
            CareGroups.ADMINS);

    /** The scope the person may see: the one asked for, narrowed to themselves for a line manager. */
    public ReportScope scopeFor(CurrentUser user, ReportScope asked) {
        if (user.inAnyGroup(CareGroups.OVERSIGHT)) {
            return asked;
        }
        if (user.inAnyGroup(READERS)) {
            if (asked.manager() != null && !asked.manager().equals(user.userId())) {
                throw new Forbidden("Line managers see the figures of their own actions only");
            }
            return new ReportScope(asked.from(), asked.to(), asked.team(), user.userId());
        }
        throw new Forbidden("Governance reports are for managers, quality leads and senior leaders");
    }

    /** Whole-service views (registers, evidence packs, non-compliance) are for the oversight groups only. */
    public void requireOversight(CurrentUser user) {
        if (!user.inAnyGroup(CareGroups.OVERSIGHT)) {
            throw new Forbidden("This view is for registered managers, quality leads, HR and senior leaders");
        }
    }
}
