package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.RepeatConcernOfferVariables.*;
import static uk.care.tracker.engine.StaffVariables.STAFF_ID;
import static uk.care.tracker.engine.StaffVariables.STAFF_NAME;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.Decisions;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.EscalatedCaseRegisters;
import uk.care.tracker.registers.SupervisionRegisters;
import uk.care.tracker.registers.SupervisionRegisters.TrackerRow;

/**
 * Article example 2: repeated concerns are escalated. Called by the supervision-action workflow after each new
 * action: when the staff member's actions in that category reach the threshold of the decision
 * {@code repeat-concern-threshold} (3 within 90 days), the Registered Manager is offered an escalated case with
 * the history attached. No second offer while one is waiting or a case of that concern is open; after a
 * decline, only actions entered since then count.
 */
@Component
class DetectRepeatedConcern implements JavaDelegate {

    static final int MAX_LINKED = 60;
    static final int MAX_SHOWN = 15;
    static final int MAX_DESCRIPTION = 150;
    static final int MAX_HISTORY = 3900;

    private final Decisions decisions;
    private final SupervisionRegisters actions;
    private final EscalatedCaseRegisters cases;
    private final RuntimeService runtime;
    private final Clock clock;

    public DetectRepeatedConcern(Decisions decisions, SupervisionRegisters actions, EscalatedCaseRegisters cases,
                                 RuntimeService runtime, Clock clock) {
        this.decisions = decisions;
        this.actions = actions;
        this.cases = cases;
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
        Instant lastDeclined = cases.lastDeclinedOffer(staffId, category).orElse(Instant.EPOCH);
        List<TrackerRow> repeated = actions.registeredFor(staffId, category, since, lastDeclined);
        if (repeated.size() < threshold) {
            return;
        }
        Map<String, Object> offer = new HashMap<>();
        offer.put(STAFF_ID, staffId);
        offer.put(STAFF_NAME, facts.string(STAFF_NAME));
        offer.put(ACTION_CATEGORY, category);
        offer.put(CONCERN_TYPE, concernType);
        offer.put(REPEAT_COUNT, repeated.size());
        offer.put(WINDOW_DAYS, windowDays);
        offer.put(LINKED_ACTIONS, linkedActions(repeated));
        offer.put(CONCERN_HISTORY, concernHistory(repeated));
        runtime.startProcessInstanceByKey(PROCESS_KEY, offer);
    }

    /**
     * The references of the actions behind the offer, most recent last. A process variable and the register's
     * {@code linked_actions} column have limits (4,000 and 2,000 characters), so past {@value #MAX_LINKED} actions
     * only the most recent are named and the number of the others is given; the action tracker holds them all.
     */
    static String linkedActions(List<TrackerRow> actions) {
        List<String> keys = actions.stream().map(TrackerRow::businessKey).toList();
        if (keys.size() <= MAX_LINKED) {
            return String.join(",", keys);
        }
        List<String> recent = keys.subList(keys.size() - MAX_LINKED, keys.size());
        return String.join(",", recent) + ",and " + (keys.size() - MAX_LINKED) + " earlier";
    }

    /**
     * The history the Registered Manager reads in the offer: the most recent {@value #MAX_SHOWN} actions, each
     * description cut to {@value #MAX_DESCRIPTION} characters, and how many earlier ones the action tracker holds.
     * Never longer than {@value #MAX_HISTORY} characters, so that PostgreSQL's history table
     * ({@code ACT_HI_VARINST.TEXT_}, varchar(4000)) takes it whatever the staff member's record.
     */
    static String concernHistory(List<TrackerRow> actions) {
        StringBuilder history = new StringBuilder();
        int earlier = Math.max(0, actions.size() - MAX_SHOWN);
        if (earlier > 0) {
            history.append("- ").append(earlier).append(earlier == 1 ? " earlier action" : " earlier actions")
                    .append(" in the window, listed in the action tracker\n");
        }
        for (TrackerRow action : actions.subList(earlier, actions.size())) {
            history.append("- **").append(action.businessKey()).append("** (supervision ")
                    .append(action.supervisionDate()).append("): ")
                    .append(shortened(String.valueOf(action.actionDescription()))).append('\n');
        }
        return history.length() <= MAX_HISTORY ? history.toString() : history.substring(0, MAX_HISTORY - 1) + "…";
    }

    private static String shortened(String text) {
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
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
