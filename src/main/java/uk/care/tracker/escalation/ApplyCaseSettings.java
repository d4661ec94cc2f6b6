package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.Decisions;
import uk.care.tracker.engine.ProcessFacts;

/**
 * Reads the case's rhythm and thresholds from the process owner's decision {@code escalated-case-settings}:
 * review cycles, when senior oversight is due, and the target closure date.
 */
@Component
class ApplyCaseSettings implements JavaDelegate {

    private final Decisions decisions;

    public ApplyCaseSettings(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        Map<String, Object> settings = decisions.single("escalated-case-settings", Map.of(CONCERN_TYPE, facts.string(CONCERN_TYPE)));
        for (String name : new String[] {MONITORING_REVIEW_DAYS, CASE_REVIEW_DAYS, NO_PROGRESS_DAYS, MISSED_REVIEWS_FOR_OVERSIGHT}) {
            execution.setVariable(name, ((Number) settings.get(name)).intValue());
        }
        int targetDays = ((Number) settings.get("targetClosureDays")).intValue();
        execution.setVariable(TARGET_CLOSURE_DATE, facts.date(ESCALATED_DATE).plusDays(targetDays).toString());
        execution.setVariable(MONITORING_CYCLE, 1);
        execution.setVariable(CASE_REVIEW_CYCLE, 1);
        execution.setVariable(MISSED_REVIEWS, 0);
        execution.setVariable(EnterServiceImprovementPlan.OVERSIGHT_REASONS, "");
    }
}
