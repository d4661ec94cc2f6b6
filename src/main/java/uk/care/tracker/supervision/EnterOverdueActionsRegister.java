package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.notifications.EscalationNotice;
import uk.care.tracker.notifications.EscalationNotices;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.security.CareGroups;

/**
 * Article example 1, escalation: the missed action enters the supervision overdue actions register and the
 * Registered Manager's weekly review cycle starts (its weeks are counted from today). The registered managers, who
 * own the escalation, are emailed in the same transaction.
 */
@Component
class EnterOverdueActionsRegister implements JavaDelegate {

    private final RegisterWriter registers;
    private final EscalationNotices escalationNotices;
    private final Clock clock;

    public EnterOverdueActionsRegister(RegisterWriter registers, EscalationNotices escalationNotices, Clock clock) {
        this.registers = registers;
        this.escalationNotices = escalationNotices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        LocalDate deadline = facts.date(DEADLINE);
        LocalDate today = clock.today();
        registers.append(facts.systemRow(Register.OVERDUE_ACTIONS_REGISTER, "escalated", "ESCALATED").dates(DEADLINE)
                .set("overdue_days", SupervisionRecorders.overdueDays(deadline, today)).set("escalation_stage", "OVERDUE_REGISTER")
                .texts(ESCALATION_REASON).build());
        escalationNotices.raise(EscalationNotice.about(execution, "escalated").action(facts.string(ACTION_DESCRIPTION))
                .deadline(deadline).stage("Entered in the overdue actions register")
                .reason(facts.string(ESCALATION_REASON)).toGroup(CareGroups.REGISTERED_MANAGERS));
        execution.setVariable(ESCALATED, true);
        execution.setVariable(ESCALATED_ON, today.toString());
        execution.setVariable(REVIEW_CYCLE, 1);
    }
}
