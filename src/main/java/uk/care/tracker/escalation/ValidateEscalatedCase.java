package uk.care.tracker.escalation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.escalation.EscalatedCaseVariables.*;
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
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * Checks a new escalated case as the Registered Manager opens it (article example 2, step 1). A case created
 * later than one working day after the repeated concern was confirmed is accepted and flagged as late.
 */
@Component
class ValidateEscalatedCase implements ExecutionListener {


    private final StaffDirectory staff;
    private final Clock clock;
    private final WorkingDays workingDays;
    private final ProcessStart processStart;

    public ValidateEscalatedCase(StaffDirectory staff, Clock clock, WorkingDays workingDays, ProcessStart processStart) {
        this.staff = staff;
        this.clock = clock;
        this.workingDays = workingDays;
        this.processStart = processStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        EntryCheck check = new EntryCheck("The escalated case");
        StaffMember member = staff.memberNamedIn(facts.string(STAFF_ID), check);
        check.require(isOneOf(facts.string(CONCERN_TYPE), ConcernType.class),
                "Choose the repeated concern type (documentation, shift reliability, care plan adherence or other).");
        check.requireText(facts.string(THRESHOLD_MET), 5, 2000, "Say which escalation threshold was met");
        LocalDate confirmed = check.date(facts.raw(CONCERN_CONFIRMED_DATE), "date the concern was confirmed", true);
        LocalDate escalated = check.date(facts.raw(ESCALATED_DATE), "date escalated", true);
        LocalDate today = clock.today();
        if (escalated != null && escalated.isAfter(today)) {
            check.problem("The date escalated " + escalated + " is in the future.");
        }
        if (confirmed != null && escalated != null && escalated.isBefore(confirmed)) {
            check.problem("The case cannot be escalated (" + escalated + ") before the concern was confirmed (" + confirmed + ").");
        }
        check.orRefuse();

        execution.setVariable(STAFF_ID, member.staffId());
        execution.setVariable(STAFF_NAME, member.name());
        execution.setVariable(LINE_MANAGER, member.lineManager());
        execution.setVariable(CONCERN_CONFIRMED_DATE, confirmed.toString());
        execution.setVariable(ESCALATED_DATE, escalated.toString());
        // article step 1: the case is created within one working day of the concern being confirmed
        execution.setVariable(LATE_ENTRY, today.isAfter(workingDays.nextWorkingDay(confirmed)));
        String openedBy = facts.string(INITIATOR) != null ? facts.string(INITIATOR) : facts.string(OPENED_BY);
        execution.setVariable(OPENED_BY, openedBy);
        processStart.begin(execution, "EC", openedBy, "%s concern for %s (%s), escalated %s"
                .formatted(facts.string(CONCERN_TYPE), member.name(), member.staffId(), escalated));
    }
}
