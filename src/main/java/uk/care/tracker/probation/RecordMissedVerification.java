package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 3, step 2: a 14-day verification not done by the end of its due day is missed (SPEC section 3).
 * Its task is closed, new starter oversight records the cycle as missed, and the next verification comes on its
 * own date; the action stays open and the overdue escalation still applies.
 */
@Component
public class RecordMissedVerification implements JavaDelegate {

    /** The verification cycle's length in days, as written in the diagram's due-date and timer expressions. */
    static final int VERIFICATION_DAYS = 14;

    private final RegisterWriter registers;
    private final DueDates dueDates;
    private final Clock clock;

    public RecordMissedVerification(RegisterWriter registers, DueDates dueDates, Clock clock) {
        this.registers = registers;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        int cycle = facts.integer(VERIFICATION_CYCLE);
        registers.append(facts.entry(Register.NEW_STARTER_OVERSIGHT, "missed-verification:" + cycle)
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", "MISSED_VERIFICATION")
                .set("verification_cycle", cycle)
                .set("due_on", clock.dateOf(dueDates.cycleDue(facts.date(OPENED_ON), VERIFICATION_DAYS, cycle).toInstant()))
                .set("submitted_late", false)
                .build());
        execution.setVariable(VERIFICATION_CYCLE, cycle + 1);
    }
}
