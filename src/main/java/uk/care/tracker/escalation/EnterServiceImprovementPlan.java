package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.notifications.EscalationNotice;
import uk.care.tracker.notifications.EscalationNotices;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.security.CareGroups;

/**
 * Article example 2, escalation: the case goes to senior provider oversight and onto the service improvement
 * plan. The trigger is the escalation code caught by the event subprocess, one entry per trigger and occasion.
 * The senior leaders, who own the escalation, are emailed in the same transaction.
 */
@Component
public class EnterServiceImprovementPlan implements JavaDelegate {

    static final Map<String, String> TRIGGERS = Map.of(
            "TWO_MISSED_REVIEWS", "Two reviews of the case were missed",
            "FAILED_HIGH_RISK_RECHECK", "A recheck failed and the remaining risk was rated high",
            "NO_MEASURABLE_PROGRESS", "No measurable progress since the escalation");

    private final RegisterWriter registers;
    private final EscalationNotices escalationNotices;

    public EnterServiceImprovementPlan(RegisterWriter registers, EscalationNotices escalationNotices) {
        this.registers = registers;
        this.escalationNotices = escalationNotices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String trigger = facts.string(OVERSIGHT_TRIGGER);
        // a failed high-risk recheck can happen at more than one review; the others happen once per case
        String occasion = "FAILED_HIGH_RISK_RECHECK".equals(trigger) ? ":" + facts.completedTaskId(TASK_CASE_REVIEW) : "";
        String event = "senior-oversight:" + trigger + occasion;
        registers.append(facts.entry(Register.SERVICE_IMPROVEMENT_PLAN, event)
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", "ESCALATED_TO_SENIOR_OVERSIGHT")
                .set("trigger_code", trigger)
                .set("trigger_details", TRIGGERS.getOrDefault(trigger, trigger))
                .build());
        String concern = facts.string(CONCERN_TYPE);
        escalationNotices.raise(EscalationNotice.of(execution.getProcessBusinessKey(), event)
                .processInstance(execution.getProcessInstanceId())
                .staff(facts.string(STAFF_ID), facts.string(STAFF_NAME))
                .action("Escalated case: repeated concern about "
                        + (concern == null ? "the staff member's practice" : concern.toLowerCase(Locale.UK).replace('_', ' ')))
                .deadline(facts.date(TARGET_CLOSURE_DATE))
                .stage("Senior provider oversight, entered on the service improvement plan")
                .reason(TRIGGERS.getOrDefault(trigger, trigger))
                .toGroup(CareGroups.SENIOR_LEADERS));
    }
}
