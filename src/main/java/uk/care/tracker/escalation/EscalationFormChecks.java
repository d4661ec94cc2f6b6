package uk.care.tracker.escalation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;

/**
 * The server-side checks of article example 2's task forms (ADR 0001, decision 4), in the article's order, each bean
 * named as the BPMN's execution listener calls it.
 */
@Configuration(proxyBeanMethods = false)
class EscalationFormChecks {

    enum RecheckMethod { OBSERVATION, AUDIT, SUPERVISION, COMPETENCY_ASSESSMENT, OTHER }

    enum AcknowledgementMethod { SIGNED_PAPER, SIGNED_ELECTRONICALLY, VERBAL, REFUSED }

    enum Compliance { FULL, PARTIAL, NONE }

    enum Recheck { PASSED, FAILED, NOT_YET_RECHECKED }

    enum NextDecision { CONTINUE, CLOSE, REFER_HR }

    enum Outcome { CLOSED, ADVANCED }

    enum Pathway { NONE, CAPABILITY, DISCIPLINARY, OTHER }

    /** Step 2: the Line Manager's escalation action plan. */
    @Bean
    FormCheck validateActionPlan(Clock clock) {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("The action plan")
                    .requireText(facts.string(CORRECTIVE_ACTION), 10, 4000, "Describe the corrective action required")
                    .require(isOneOf(facts.string(RECHECK_METHOD), RecheckMethod.class), "Choose how the improvement will be rechecked.");
            if (RecheckMethod.OTHER.name().equals(facts.string(RECHECK_METHOD))) {
                check.requireText(facts.string(RECHECK_DETAILS), 5, 2000, "Describe the recheck method");
            }
            check.dateNotPast(facts.raw(REVIEW_MEETING_DATE), "review meeting date", clock.today());
            check.orRefuse();
        });
    }

    /** Step 2: who acknowledged the plan, when and how; a refusal to sign is recorded as such, with notes. */
    @Bean
    FormCheck validateStaffAcknowledgement(Clock clock) {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("The acknowledgement")
                    .requireText(facts.string(ACKNOWLEDGED_BY), 2, 200, "Give the name of the person who acknowledged the plan")
                    .require(isOneOf(facts.string(ACKNOWLEDGEMENT_METHOD), AcknowledgementMethod.class),
                            "Choose how the plan was acknowledged.");
            LocalDate on = check.dateNotFuture(facts.raw(ACKNOWLEDGED_ON), "date of the acknowledgement", clock.today());
            LocalDate escalated = facts.date(ESCALATED_DATE);
            if (on != null && escalated != null && on.isBefore(escalated)) {
                check.problem("The plan cannot have been acknowledged (" + on + ") before the case was escalated (" + escalated + ").");
            }
            if (AcknowledgementMethod.REFUSED.name().equals(facts.string(ACKNOWLEDGEMENT_METHOD))) {
                check.requireText(facts.string(ACKNOWLEDGEMENT_NOTES), 5, 2000, "Say what the staff member said when refusing to sign");
            }
            check.orRefuse();
        });
    }

    /** Step 3: the Deputy Manager's entry for an interim monitoring check (after each check). */
    @Bean
    FormCheck validateMonitoringCheck(MonitoringEntry monitoring) {
        return FormCheck.of((facts, execution) -> monitoring.check(facts, MonitoringEntry.CHECK));
    }

    /** Step 3: the Deputy Manager's entry for the formal monitoring review (every seven days). */
    @Bean
    FormCheck validateMonitoringReview(MonitoringEntry monitoring) {
        return FormCheck.of((facts, execution) -> monitoring.check(facts, MonitoringEntry.REVIEW));
    }

    /** Step 4: the Registered Manager's fortnightly case review; a case at high risk cannot be closed. */
    @Bean
    FormCheck validateCaseReview(Clock clock) {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("The case review")
                    .require(isOneOf(facts.string(ACTION_PLAN_COMPLIANCE), Compliance.class),
                            "Say how far the action plan was complied with.")
                    .level(facts.string(REMAINING_RISK), "the remaining risk level")
                    .require(isOneOf(facts.string(RECHECK_OUTCOME), Recheck.class), "Give the outcome of the recheck.")
                    .require(isOneOf(facts.string(NEXT_DECISION), NextDecision.class),
                            "Choose the next escalation decision: continue, close, or refer to the HR pathway.");
            LocalDate meeting = check.date(facts.raw(MEETING_DATE), "date of the performance meeting that signed off the review", true);
            if (meeting != null && meeting.isAfter(clock.today())) {
                check.problem("The review cannot be signed off at a meeting in the future (" + meeting + ").");
            }
            if (NextDecision.CLOSE.name().equals(facts.string(NEXT_DECISION)) && "HIGH".equals(facts.string(REMAINING_RISK))) {
                check.problem("A case with high remaining risk cannot be closed: continue it or refer it to the HR pathway.");
            }
            check.orRefuse();
        });
    }

    /** Step 5: the HR Lead's close-or-advance decision; an advanced case names its HR pathway, a closed one none. */
    @Bean
    FormCheck validateCaseClosure() {
        return FormCheck.of((facts, execution) -> {
            String outcome = facts.string(CASE_OUTCOME);
            String pathway = facts.string(HR_PATHWAY);
            EntryCheck check = new EntryCheck("The case outcome")
                    .require(isOneOf(outcome, Outcome.class), "Choose whether the case is closed or advanced to a formal HR pathway.")
                    .require(isOneOf(pathway, Pathway.class), "Choose the formal HR pathway triggered (or none).")
                    .requireText(facts.string(EVIDENCE_SUPPORTING_CLOSURE), 10, 4000, "Describe the evidence supporting the decision");
            if (Outcome.ADVANCED.name().equals(outcome) && Pathway.NONE.name().equals(pathway)) {
                check.problem("A case advanced by HR must name the formal HR pathway triggered.");
            }
            if (Outcome.CLOSED.name().equals(outcome) && pathway != null && !Pathway.NONE.name().equals(pathway)) {
                check.problem("A closed case triggers no HR pathway; choose 'advanced' if a pathway was triggered.");
            }
            check.orRefuse();
        });
    }

    /** Escalation: the senior leaders' response says what oversight concluded and what improvement is tracked. */
    @Bean
    FormCheck validateSeniorOversight() {
        return FormCheck.of((facts, execution) -> new EntryCheck("The oversight review")
                .requireText(facts.string(OVERSIGHT_RESPONSE), 10, 4000, "Record the senior leaders' assessment of the case")
                .requireText(facts.string(IMPROVEMENT_ACTIONS), 10, 4000, "Record the improvement actions for the service improvement plan")
                .orRefuse());
    }
}
