package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;
import static uk.care.tracker.escalation.EscalatedCaseProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.notifications.EscalationNotice;
import uk.care.tracker.notifications.EscalationNotices;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.security.CareGroups;

/**
 * Article example 2, escalation: the case goes to senior provider oversight and onto the service improvement
 * plan. Two triggers can fire in one moment (a missed review and "no measurable progress" at 00:00 of the same
 * day), so this step does not trust the escalation code it was started with: it writes one entry for every
 * trigger that holds now and is not on the plan yet (one per trigger and occasion, by event key), and opens a
 * senior oversight review only when something new was entered and no review of the case is open already; an
 * open review is given the new reasons instead. The senior leaders, who own the escalation, are emailed for
 * every new entry in the same transaction.
 */
@Component
class EnterServiceImprovementPlan implements JavaDelegate {

    static final Map<String, String> TRIGGERS = Map.of(
            "TWO_MISSED_REVIEWS", "Two reviews of the case were missed",
            "FAILED_HIGH_RISK_RECHECK", "A recheck failed and the remaining risk was rated high",
            "NO_MEASURABLE_PROGRESS", "No measurable progress since the escalation");

    /** Set for the gateway after this step: whether this entry opens a senior oversight review. */
    static final String OPEN_SENIOR_OVERSIGHT_REVIEW = "openSeniorOversightReview";
    /** What the open senior oversight review is about, in words, for its form. */
    static final String OVERSIGHT_REASONS = "oversightReasons";

    private final RegisterWriter registers;
    private final EscalationNotices escalationNotices;
    private final RecordMissedReview missedReviews;

    public EnterServiceImprovementPlan(RegisterWriter registers, EscalationNotices escalationNotices, RecordMissedReview missedReviews) {
        this.registers = registers;
        this.escalationNotices = escalationNotices;
        this.missedReviews = missedReviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        List<String> entered = new ArrayList<>();
        for (Map.Entry<String, String> trigger : triggersHolding(execution, facts).entrySet()) {
            String event = "senior-oversight:" + trigger.getKey() + trigger.getValue();
            boolean written = registers.append(facts.systemRow(Register.SERVICE_IMPROVEMENT_PLAN, event, "ESCALATED_TO_SENIOR_OVERSIGHT")
                    .set("trigger_code", trigger.getKey()).set("trigger_details", TRIGGERS.get(trigger.getKey())).build());
            if (written) {
                entered.add(trigger.getKey());
                notifySeniorLeaders(execution, facts, trigger.getKey(), event);
            }
        }
        boolean reviewOpen = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_SENIOR_OVERSIGHT_REVIEW).count() > 0;
        execution.setVariableLocal(OPEN_SENIOR_OVERSIGHT_REVIEW, !entered.isEmpty() && !reviewOpen);
        if (entered.isEmpty()) {
            return;
        }
        // Both variables exist before this step (the escalation code, and the reasons from ApplyCaseSettings), so
        // two of these steps running at once on two nodes update the same rows and one of them is retried.
        List<String> reasons = new ArrayList<>();
        String previous = reviewOpen ? facts.string(OVERSIGHT_REASONS) : null;
        if (previous != null && !previous.isBlank()) {
            reasons.add(previous);
        }
        if (!reviewOpen) {
            execution.setVariable(OVERSIGHT_TRIGGER, entered.get(0));
        }
        entered.forEach(code -> reasons.add(TRIGGERS.get(code)));
        execution.setVariable(OVERSIGHT_REASONS, String.join("; ", reasons));
    }

    /**
     * Every trigger that holds at this moment, with the occasion that makes it distinct: a failed high-risk
     * recheck can happen at more than one case review; the others happen once per case.
     */
    private Map<String, String> triggersHolding(DelegateExecution execution, ProcessFacts facts) {
        Map<String, String> holding = new LinkedHashMap<>();
        Integer threshold = facts.integer(MISSED_REVIEWS_FOR_OVERSIGHT);
        if (threshold != null && missedReviews.missedReviews(execution.getProcessBusinessKey()) >= threshold) {
            holding.put("TWO_MISSED_REVIEWS", "");
        }
        if (facts.flag(FAILED_HIGH_RISK_RECHECK)) {
            holding.put("FAILED_HIGH_RISK_RECHECK", ":" + facts.completedTaskId(TASK_CASE_REVIEW));
        }
        if (facts.flag(NO_MEASURABLE_PROGRESS)) {
            holding.put("NO_MEASURABLE_PROGRESS", "");
        }
        return holding;
    }

    private void notifySeniorLeaders(DelegateExecution execution, ProcessFacts facts, String trigger, String event) {
        String concern = facts.string(CONCERN_TYPE);
        escalationNotices.raise(EscalationNotice.about(execution, event)
                .action("Escalated case: repeated concern about "
                        + (concern == null ? "the staff member's practice" : concern.toLowerCase(Locale.UK).replace('_', ' ')))
                .deadline(facts.date(TARGET_CLOSURE_DATE))
                .stage("Senior provider oversight, entered on the service improvement plan")
                .reason(TRIGGERS.get(trigger))
                .toGroup(CareGroups.SENIOR_LEADERS));
    }
}
