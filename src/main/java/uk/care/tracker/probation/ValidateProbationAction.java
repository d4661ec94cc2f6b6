package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;
import static uk.care.tracker.engine.StaffVariables.STAFF_ID;
import static uk.care.tracker.engine.StaffVariables.STAFF_NAME;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * Checks a new probation action as the Onboarding Supervisor submits it, before anything is stored: a new
 * starter in the staff directory with a start date (the week-12 decision is counted from it), a checkpoint,
 * a competency area, a deadline not already passed, and a mentor to log the weekly support. Works out the
 * week-12 decision date and when the early warning would fall.
 */
@Component
class ValidateProbationAction implements ExecutionListener {

    private final StaffDirectory staff;
    private final Colleagues colleagues;
    private final Clock clock;
    private final DueDates dueDates;
    private final ProcessStart processStart;
    private final ProbationProperties probation;

    public ValidateProbationAction(StaffDirectory staff, Colleagues colleagues, Clock clock, DueDates dueDates,
                                   ProcessStart processStart, ProbationProperties probation) {
        this.staff = staff;
        this.colleagues = colleagues;
        this.clock = clock;
        this.dueDates = dueDates;
        this.processStart = processStart;
        this.probation = probation;
    }

    @Override
    public void notify(DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The probation action");
        ProcessFacts facts = ProcessFacts.of(execution);
        LocalDate today = clock.today();
        StaffMember member = staff.memberNamedIn(facts.string(STAFF_ID), check);
        if (member != null && member.startDate() == null) {
            check.problem(member.name() + " (" + member.staffId() + ") has no start date in the staff directory, and the "
                    + "week-12 probation decision is counted from it. Ask HR to add the start date, then enter the action.");
        } else if (member != null && member.startDate().isAfter(today)) {
            check.problem(member.name() + " (" + member.staffId() + ") starts on " + member.startDate()
                    + "; probation actions can be entered from the first day.");
        }
        Checkpoint checkpoint = check.choice(facts.raw(CHECKPOINT), Checkpoint.class,
                "Choose the probation checkpoint: week 2, week 6 or week 12.");
        String description = facts.string(ACTION_DESCRIPTION);
        check.requireText(description, 10, 2000,
                "Describe the action and the induction gap it closes, so that it can be checked");
        CompetencyArea area = check.choice(facts.raw(COMPETENCY_AREA), CompetencyArea.class,
                "Choose the competency area (medication, moving and handling, safeguarding, communication, "
                + "record keeping, person-centred care or other).");
        LocalDate deadline = check.date(facts.raw(DEADLINE), "deadline", true);
        if (deadline != null && deadline.isBefore(today)) {
            check.problem("The deadline " + deadline + " has already passed. Choose today or a later date.");
        }
        String mentor = facts.string(PERSON_RESPONSIBLE);
        if (mentor == null) {
            check.problem("Name the mentor responsible for the weekly support log.");
        } else {
            check.require(colleagues.isMember(mentor, CareGroups.MENTORS),
                    "The person responsible '" + mentor + "' is not a mentor in the system.");
        }
        check.orRefuse();

        LocalDate decision = member.startDate().plusWeeks(probation.decisionWeek());
        Date earlyWarningAt = dueDates.workingDaysBefore(decision, probation.earlyWarningWorkingDays());
        execution.setVariable(STAFF_ID, member.staffId());
        execution.setVariable(STAFF_NAME, member.name());
        execution.setVariable(START_DATE, member.startDate().toString());
        execution.setVariable(WEEK12_DECISION, decision.toString());
        execution.setVariable(CHECKPOINT, checkpoint.name());
        execution.setVariable(ACTION_DESCRIPTION, description);
        execution.setVariable(COMPETENCY_AREA, area.name());
        execution.setVariable(DEADLINE, deadline.toString());
        execution.setVariable(PERSON_RESPONSIBLE, mentor);
        execution.setVariable(OPENED_ON, today.toString());
        execution.setVariable(EARLY_WARNING_AT, earlyWarningAt);
        // the warning is for actions already open when the window begins; one entered inside it (normally at the
        // week-12 review itself) is known to the people at that review
        execution.setVariable(EARLY_WARNING_APPLIES, clock.now().isBefore(earlyWarningAt.toInstant()));
        execution.setVariable(ESCALATED, false);
        execution.setVariable(SUPPORT_WEEK, 1);
        execution.setVariable(VERIFICATION_CYCLE, 1);
        processStart.begin(execution, PREFIX, facts.string(INITIATOR), "%s action in %s for %s (%s), deadline %s, mentor %s"
                .formatted(checkpoint, area, member.name(), member.staffId(), deadline, mentor));
    }
}
