package uk.care.tracker.escalation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.engine.StaffVariables.STAFF_ID;
import static uk.care.tracker.escalation.RepeatConcernOfferVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * The steps of {@code repeat-concern-offer.bpmn}, in the order they run: the offer of an escalated case that
 * {@link DetectRepeatedConcern} starts when a staff member's supervision actions in one category reach the threshold.
 * Each bean is named as the BPMN calls it.
 */
@Configuration(proxyBeanMethods = false)
class RepeatConcernOfferSteps {

    enum OfferDecision { OPEN_CASE, DECLINE }

    /** Gives the offer its own reference ({@code RC-2026-000001}) and audits its start. */
    @Bean
    ExecutionListener beginRepeatConcernOffer(ProcessStart processStart) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            processStart.begin(execution, "RC", RegisterEntry.SYSTEM, "%s %s actions for %s: %s".formatted(
                    facts.integer(REPEAT_COUNT), facts.string(ACTION_CATEGORY), facts.string(STAFF_ID), facts.string(LINKED_ACTIONS)));
        };
    }

    /** The offer enters the formal supervision escalation tracker, with the supervision actions behind it. */
    @Bean
    JavaDelegate recordRepeatConcernOffer(RegisterWriter registers) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            registers.append(facts.systemRow(Register.FORMAL_ESCALATION_TRACKER, "offered", "OFFER_MADE")
                    .texts(CONCERN_TYPE, ACTION_CATEGORY, LINKED_ACTIONS).set("threshold_met", thresholdMet(facts)).build());
        };
    }

    /** Opening a case needs nothing more; declining needs the reason on record. */
    @Bean
    FormCheck validateOfferDecision() {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("Your decision")
                    .require(isOneOf(facts.string(OFFER_DECISION), OfferDecision.class), "Choose whether to open an escalated case.");
            if (OfferDecision.DECLINE.name().equals(facts.string(OFFER_DECISION))) {
                check.requireText(facts.string(DECLINE_REASON), 10, 2000, "Say why no escalated case is needed");
            }
            check.orRefuse();
        });
    }

    /**
     * The Registered Manager's answer. Declining records the reason; accepting starts an escalated case, confirmed and
     * escalated today, with the supervision actions linked, and records its key.
     */
    @Bean
    JavaDelegate recordOfferDecision(RegisterWriter registers, RuntimeService runtime, Clock clock) {
        return execution -> {
            ProcessFacts facts = ProcessFacts.of(execution);
            CompletedTask decision = CompletedTask.of(execution, TASK_CONSIDER_ESCALATED_CASE);
            boolean open = OfferDecision.OPEN_CASE.name().equals(facts.string(OFFER_DECISION));
            String caseKey = null;
            if (open) {
                String today = clock.today().toString();
                Map<String, Object> start = new HashMap<>();
                start.put(STAFF_ID, facts.string(STAFF_ID));
                start.put(EscalatedCaseVariables.CONCERN_TYPE, facts.string(CONCERN_TYPE));
                start.put(EscalatedCaseVariables.THRESHOLD_MET, thresholdMet(facts));
                start.put(EscalatedCaseVariables.CONCERN_CONFIRMED_DATE, today);
                start.put(EscalatedCaseVariables.ESCALATED_DATE, today);
                start.put(EscalatedCaseVariables.LINKED_ACTIONS, facts.string(LINKED_ACTIONS));
                start.put(EscalatedCaseVariables.CONCERN_HISTORY, facts.string(CONCERN_HISTORY));
                start.put(EscalatedCaseVariables.REPEAT_CONCERN_OFFER, execution.getProcessBusinessKey());
                start.put(EscalatedCaseVariables.OPENED_BY, decision.completedBy());
                caseKey = runtime.startProcessInstanceByKey(EscalatedCaseProcess.KEY, start).getBusinessKey();
            }
            registers.append(decision.row(Register.FORMAL_ESCALATION_TRACKER, "offer-decision", open ? "OFFER_ACCEPTED" : "OFFER_DECLINED")
                    .texts(CONCERN_TYPE, ACTION_CATEGORY, LINKED_ACTIONS).set("linked_case", caseKey)
                    .set("decision_reason", open ? null : facts.string(DECLINE_REASON)).build());
        };
    }

    /** The threshold met, in words, for the tracker and the case it may open. */
    static String thresholdMet(ProcessFacts facts) {
        return "%d %s supervision actions within %d days: %s".formatted(facts.integer(REPEAT_COUNT),
                facts.string(ACTION_CATEGORY).toLowerCase().replace('_', ' '), facts.integer(WINDOW_DAYS),
                facts.string(LINKED_ACTIONS).replace(",", ", "));
    }
}
