package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.RepeatConcernOfferVariables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.Decisions;
import uk.care.tracker.engine.ProcessFacts;

/**
 * Article example 2: repeated concerns are escalated. Called by the supervision-action workflow after each new
 * action: when the staff member's actions in that category reach the threshold of the decision
 * {@code repeat-concern-threshold} (3 within 90 days), the Registered Manager is offered an escalated case with
 * the history attached. No second offer while one is waiting or a case of that concern is open; after a
 * decline, only actions entered since then count.
 */
@Component
public class DetectRepeatedConcern implements JavaDelegate {

    private final Decisions decisions;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final Clock clock;

    public DetectRepeatedConcern(Decisions decisions, JdbcTemplate jdbc, RuntimeService runtime, Clock clock) {
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String staffId = facts.string(STAFF_ID);
        String category = facts.string(ACTION_CATEGORY);
        Map<String, Object> rule = decisions.single("repeat-concern-threshold", Map.of(ACTION_CATEGORY, category));
        int threshold = ((Number) rule.get("repeatThreshold")).intValue();
        int windowDays = ((Number) rule.get("windowDays")).intValue();
        String concernType = (String) rule.get(CONCERN_TYPE);

        if (offerWaiting(staffId, category) || caseOpen(staffId, concernType)) {
            return;
        }
        LocalDate since = clock.today().minusDays(windowDays);
        Timestamp lastDeclined = jdbc.queryForObject("""
                SELECT MAX(recorded_at) FROM formal_escalation_tracker
                WHERE staff_id = ? AND action_category = ? AND entry_type = 'OFFER_DECLINED'""",
                Timestamp.class, staffId, category);
        List<Map<String, Object>> actions = jdbc.queryForList("""
                SELECT business_key, supervision_date, action_description FROM action_tracker
                WHERE entry_type = 'REGISTERED' AND staff_id = ? AND action_category = ? AND supervision_date >= ?
                  AND recorded_at > ?
                ORDER BY supervision_date, id""",
                staffId, category, Date.valueOf(since), lastDeclined != null ? lastDeclined : new Timestamp(0));
        if (actions.size() < threshold) {
            return;
        }
        StringBuilder history = new StringBuilder();
        for (Map<String, Object> action : actions) {
            history.append("- **").append(action.get("business_key")).append("** (supervision ")
                    .append(action.get("supervision_date")).append("): ").append(action.get("action_description")).append('\n');
        }
        Map<String, Object> offer = new HashMap<>();
        offer.put(STAFF_ID, staffId);
        offer.put(STAFF_NAME, facts.string(STAFF_NAME));
        offer.put(ACTION_CATEGORY, category);
        offer.put(CONCERN_TYPE, concernType);
        offer.put(REPEAT_COUNT, actions.size());
        offer.put(WINDOW_DAYS, windowDays);
        offer.put(LINKED_ACTIONS, String.join(",", actions.stream().map(a -> (String) a.get("business_key")).toList()));
        offer.put(CONCERN_HISTORY, history.toString());
        runtime.startProcessInstanceByKey(PROCESS_KEY, offer);
    }

    private boolean offerWaiting(String staffId, String category) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(STAFF_ID, staffId).variableValueEquals(ACTION_CATEGORY, category).count() > 0;
    }

    private boolean caseOpen(String staffId, String concernType) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("escalated-case")
                .variableValueEquals(STAFF_ID, staffId).variableValueEquals(CONCERN_TYPE, concernType).count() > 0;
    }
}
