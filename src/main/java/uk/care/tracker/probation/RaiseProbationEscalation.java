package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.WorkingDays;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.notifications.EscalationNotice;
import uk.care.tracker.notifications.EscalationNotices;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.security.CareGroups;

/**
 * Article example 3, escalation: the action enters the probation escalation register, with the reason the rule
 * gave and the working days it is overdue (0 when it escalated because it failed before its deadline). The
 * Registered Manager's escalation, due within one working day, follows; the registered managers, who own the
 * escalation, are emailed in the same transaction.
 */
@Component
class RaiseProbationEscalation implements JavaDelegate {

    private final RegisterWriter registers;
    private final EscalationNotices escalationNotices;
    private final Clock clock;
    private final WorkingDays workingDays;

    public RaiseProbationEscalation(RegisterWriter registers, EscalationNotices escalationNotices, Clock clock,
                                    WorkingDays workingDays) {
        this.registers = registers;
        this.escalationNotices = escalationNotices;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        LocalDate deadline = facts.date(DEADLINE);
        registers.append(facts.systemRow(Register.PROBATION_ESCALATION, "escalated", "ESCALATED").texts(COMPETENCY_AREA).dates(DEADLINE)
                .set("overdue_working_days", workingDays.countAfter(deadline, clock.today())).texts(ESCALATION_REASON).build());
        escalationNotices.raise(EscalationNotice.about(execution, "escalated").action(facts.string(ACTION_DESCRIPTION))
                .deadline(deadline).stage("Entered in the probation escalation register")
                .reason(facts.string(ESCALATION_REASON)).toGroup(CareGroups.REGISTERED_MANAGERS));
    }
}
