package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.DeadlineRule;
import uk.care.tracker.engine.ProcessFacts;

/**
 * Article example 1, escalation rule: asks the process owner's decision table {@code supervision-escalation}
 * when a missed deadline escalates (at once for medication, safeguarding and care plan compliance, otherwise
 * after more than seven calendar days), and turns the answer into the escalation timer's date.
 */
@Component
class ApplyEscalationRules implements JavaDelegate {

    static final String DECISION = "supervision-escalation";

    private final DeadlineRule deadlineRule;

    public ApplyEscalationRules(DeadlineRule deadlineRule) {
        this.deadlineRule = deadlineRule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> rule = deadlineRule.apply(execution, DECISION,
                Map.of(ACTION_CATEGORY, ProcessFacts.of(execution).string(ACTION_CATEGORY)));
        execution.setVariable(ESCALATION_REASON, rule.get("escalationReason"));
    }
}
