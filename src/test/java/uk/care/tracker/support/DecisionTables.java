package uk.care.tracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The DMN tables under {@code processes/}, read from the file a process owner edits and evaluated by a standalone
 * DMN engine: no process engine, no database, a few milliseconds a row.
 */
public final class DecisionTables {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final String file;

    private DecisionTables(String file) {
        this.file = file;
    }

    public static DecisionTables in(String file) {
        return new DecisionTables(file);
    }

    /** The single rule's outputs for the inputs; fails when no rule or several match. */
    public Map<String, Object> single(String decisionId, Map<String, Object> inputs) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            DmnDecision decision = DMN.parseDecision(decisionId, in);
            DmnDecisionResultEntries result = DMN.evaluateDecision(decision, inputs).getSingleResult();
            if (result == null) {
                throw new AssertionError("No rule of " + decisionId + " matches " + inputs);
            }
            return result.getEntryMap();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
