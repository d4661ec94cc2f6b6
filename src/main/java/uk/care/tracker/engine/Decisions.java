package uk.care.tracker.engine;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Evaluates the rules that process owners keep in DMN files under {@code processes/}. A thin door to the
 * engine's decision service, so workflows read rule outputs as plain values.
 */
@Component
public class Decisions {

    private final DecisionService decisionService;

    public Decisions(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The single matching rule of a decision table; a table that matches nothing is a modelling error. */
    public Map<String, Object> single(String decisionKey, Map<String, Object> inputs) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(decisionKey)
                .variables(inputs).evaluate().getSingleResult();
        if (result == null) {
            throw new IllegalStateException("Decision '" + decisionKey + "' has no rule for " + inputs);
        }
        return result.getEntryMap();
    }
}
