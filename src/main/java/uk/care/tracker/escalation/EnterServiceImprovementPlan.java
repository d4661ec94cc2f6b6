package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 2, escalation: the case goes to senior provider oversight and onto the service improvement
 * plan. The trigger is the escalation code caught by the event subprocess, one entry per trigger and occasion.
 */
@Component
public class EnterServiceImprovementPlan implements JavaDelegate {

    static final Map<String, String> TRIGGERS = Map.of(
            "TWO_MISSED_REVIEWS", "Two reviews of the case were missed",
            "FAILED_HIGH_RISK_RECHECK", "A recheck failed and the remaining risk was rated high",
            "NO_MEASURABLE_PROGRESS", "No measurable progress since the escalation");

    private final RegisterWriter registers;

    public EnterServiceImprovementPlan(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String trigger = facts.string(OVERSIGHT_TRIGGER);
        // a failed high-risk recheck can happen at more than one review; the others happen once per case
        String occasion = "FAILED_HIGH_RISK_RECHECK".equals(trigger) ? ":" + facts.completedTaskId(TASK_CASE_REVIEW) : "";
        registers.append(facts.entry(Register.SERVICE_IMPROVEMENT_PLAN, "senior-oversight:" + trigger + occasion)
                .actingUser(RegisterEntry.SYSTEM)
                .set("entry_type", "ESCALATED_TO_SENIOR_OVERSIGHT")
                .set("trigger_code", trigger)
                .set("trigger_details", TRIGGERS.getOrDefault(trigger, trigger))
                .build());
    }
}
