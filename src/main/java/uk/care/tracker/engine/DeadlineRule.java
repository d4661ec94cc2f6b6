package uk.care.tracker.engine;

import static uk.care.tracker.engine.TrackedItemVariables.DEADLINE;
import static uk.care.tracker.engine.TrackedItemVariables.ESCALATE_AT;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.calendar.EscalationThreshold;

/**
 * When a missed deadline escalates, as the process owner's decision table says (calendar or working days past the
 * deadline, SPEC section 3): each workflow that escalates asks its table, and the answer becomes the escalation timer's
 * date ({@code escalateAt}), set once, when the deadline is first known.
 */
@Component
public class DeadlineRule {

    private final Decisions decisions;
    private final DueDates dueDates;

    public DeadlineRule(Decisions decisions, DueDates dueDates) {
        this.decisions = decisions;
        this.dueDates = dueDates;
    }

    /** Evaluates the table, sets the timer's date unless it is set already, and answers the matching rule. */
    public Map<String, Object> apply(DelegateExecution execution, String decision, Map<String, Object> inputs) {
        ProcessFacts facts = ProcessFacts.of(execution);
        Map<String, Object> rule = decisions.single(decision, inputs);
        if (facts.raw(ESCALATE_AT) == null) {
            execution.setVariable(ESCALATE_AT, dueDates.overdueBeyond(facts.date(DEADLINE), EscalationThreshold.from(rule)));
        }
        return rule;
    }
}
