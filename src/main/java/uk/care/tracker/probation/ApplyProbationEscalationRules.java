package uk.care.tracker.probation;

import static uk.care.tracker.probation.ProbationVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.DeadlineRule;
import uk.care.tracker.engine.ProcessFacts;

/**
 * Article example 3, escalation rule: asks the process owner's decision table {@code probation-escalation}.
 * When the action is registered, its answer for a missed deadline (more than five working days) becomes the
 * escalation timer's date. After each verification it says whether the recorded result escalates at once (a failed
 * action in medication, moving and handling or safeguarding). An action already escalated is not escalated again:
 * it stays under the enhanced oversight it is in.
 */
@Component
class ApplyProbationEscalationRules implements JavaDelegate {

    static final String DECISION = "probation-escalation";

    private final DeadlineRule deadlineRule;

    public ApplyProbationEscalationRules(DeadlineRule deadlineRule) {
        this.deadlineRule = deadlineRule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        Map<String, Object> rule = deadlineRule.apply(execution, DECISION,
                Map.of(COMPETENCY_AREA, facts.string(COMPETENCY_AREA), ACTION_FAILED, facts.flag(ACTION_FAILED)));
        boolean escalated = facts.flag(ESCALATED);
        execution.setVariable(ESCALATE_AT_ONCE, !escalated && Boolean.TRUE.equals(rule.get("escalateAtOnce")));
        if (!escalated) {
            execution.setVariable(ESCALATION_REASON, rule.get("escalationReason"));
        }
    }
}
