package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;
import static uk.care.tracker.engine.StaffVariables.STAFF_ID;
import static uk.care.tracker.engine.StaffVariables.STAFF_NAME;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.WorkingDays;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * Checks a new supervision action as the Line Manager submits it, before anything is stored: a known staff
 * member, a category, a deadline not before the supervision, a line manager to follow it up. An entry made
 * after the supervision's working day is accepted and flagged as late (article step 1: same working day).
 */
@Component
class ValidateSupervisionAction implements ExecutionListener {

    private final StaffDirectory staff;
    private final Colleagues colleagues;
    private final Clock clock;
    private final WorkingDays workingDays;
    private final ProcessStart processStart;

    public ValidateSupervisionAction(StaffDirectory staff, Colleagues colleagues, Clock clock, WorkingDays workingDays,
                                     ProcessStart processStart) {
        this.staff = staff;
        this.colleagues = colleagues;
        this.clock = clock;
        this.workingDays = workingDays;
        this.processStart = processStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The supervision action");
        ProcessFacts facts = ProcessFacts.of(execution);
        String staffId = facts.string(STAFF_ID);
        StaffMember member = staff.memberNamedIn(staffId, check);
        String description = facts.string(ACTION_DESCRIPTION);
        check.requireText(description, 10, 2000, "Describe the action so that its completion can be checked");

        ActionCategory category = check.choice(facts.raw(ACTION_CATEGORY), ActionCategory.class,
                "Choose an action category (record keeping, training refresher, practice standards, "
                + "medication, safeguarding, care plan compliance or other).");

        LocalDate supervisionDate = check.date(facts.raw(SUPERVISION_DATE), "supervision date", true);
        LocalDate deadline = check.date(facts.raw(DEADLINE), "deadline", true);
        LocalDate today = clock.today();
        if (supervisionDate != null && supervisionDate.isAfter(today)) {
            check.problem("The supervision date " + supervisionDate + " is in the future; enter actions after the meeting.");
        }
        if (supervisionDate != null && deadline != null && deadline.isBefore(supervisionDate)) {
            check.problem("The deadline " + deadline + " is before the supervision date " + supervisionDate
                    + ". Choose a deadline on or after the supervision.");
        }
        String manager = facts.string(MANAGER_RESPONSIBLE);
        if (manager == null) {
            check.problem("Name the manager responsible for the follow-up.");
        } else {
            check.require(colleagues.isMember(manager, CareGroups.LINE_MANAGERS),
                    "The manager responsible '" + manager + "' is not a line manager in the system.");
        }
        check.orRefuse();

        execution.setVariable(STAFF_ID, staffId);
        execution.setVariable(STAFF_NAME, member.name());
        execution.setVariable(ACTION_DESCRIPTION, description);
        execution.setVariable(ACTION_CATEGORY, category.name());
        execution.setVariable(SUPERVISION_DATE, supervisionDate.toString());
        execution.setVariable(DEADLINE, deadline.toString());
        execution.setVariable(MANAGER_RESPONSIBLE, manager);
        execution.setVariable(LATE_ENTRY, today.isAfter(workingDays.onOrAfter(supervisionDate)));
        String initiator = facts.string(INITIATOR);
        processStart.begin(execution, "SA", initiator,
                "%s for %s (%s), deadline %s".formatted(category, member.name(), staffId, deadline));
    }
}
