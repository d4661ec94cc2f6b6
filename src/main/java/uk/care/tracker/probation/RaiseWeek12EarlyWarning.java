package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 3, early warning sign: the action is still open ten working days before the new starter's
 * week-12 probation decision and no escalation is on record. The warning goes into the new starter oversight
 * register and to the Registered Manager.
 */
@Component
public class RaiseWeek12EarlyWarning implements JavaDelegate {

    private final RegisterWriter registers;
    private final ProbationProperties probation;

    public RaiseWeek12EarlyWarning(RegisterWriter registers, ProbationProperties probation) {
        this.registers = registers;
        this.probation = probation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        registers.append(facts.entry(Register.NEW_STARTER_OVERSIGHT, "early-warning")
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", "EARLY_WARNING")
                .set("week12_decision_date", facts.date(WEEK12_DECISION))
                .set("notes", "Still open %d working days before the week-%d probation decision on %s, with no escalation on record"
                        .formatted(probation.earlyWarningWorkingDays(), probation.decisionWeek(), facts.date(WEEK12_DECISION)))
                .build());
    }
}
