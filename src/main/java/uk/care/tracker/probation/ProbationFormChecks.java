package uk.care.tracker.probation;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.probation.ProbationVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.evidence.ClosureEvidence;

/**
 * The server-side checks of article example 3's task forms (ADR 0001, decision 4), in the article's order, each bean
 * named as the BPMN's execution listener calls it. The escalation and every enhanced oversight review share the
 * interim restriction and the next review date ({@link OversightPlan}).
 */
@Configuration(proxyBeanMethods = false)
class ProbationFormChecks {

    enum VerificationStatus { COMPLETE, IN_PROGRESS, NOT_STARTED, FAILED }

    enum WarningResponse { ESCALATE, KEEP_UNDER_REVIEW, CONSIDER_EXTENDING_PROBATION }

    /**
     * Step 2: the Mentor's weekly support log: how many support sessions, the competency area practised, the new
     * starter's confidence now (1 to 5), and what was done, or why no session took place.
     */
    @Bean
    FormCheck validateMentorSupportLog() {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("The support log");
            Integer sessions = check.wholeNumber(facts.raw(SUPPORT_SESSIONS), "number of support sessions completed", 0, 20);
            CompetencyArea area = check.choice(facts.raw(AREA_PRACTISED), CompetencyArea.class, "Choose the competency area practised.");
            Integer rating = check.wholeNumber(facts.raw(CONFIDENCE_RATING), "confidence rating", 1, 5);
            check.requireText(facts.string(SUPPORT_NOTES), 10, 2000, "Describe what was practised, or why no support session took place");
            check.orRefuse();
            execution.setVariable(SUPPORT_SESSIONS, sessions);
            execution.setVariable(AREA_PRACTISED, area.name());
            execution.setVariable(CONFIDENCE_RATING, rating);
            execution.setVariable(SUPPORT_NOTES, facts.string(SUPPORT_NOTES));
        });
    }

    /**
     * Step 3: the Deputy Manager's fortnightly verification: completion status, the evidence reviewed and the probation
     * risk category. Complete closes the action, so it needs evidence seen (the rule shared with the supervision
     * follow-up check): not a general impression of confidence.
     */
    @Bean
    FormCheck validateProbationVerification(ClosureEvidence evidence) {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("The verification");
            String status = facts.string(COMPLETION_STATUS);
            check.require(isOneOf(status, VerificationStatus.class),
                    "Choose the completion status: complete, in progress, not started or failed.");
            evidence.check(check, facts, execution.getProcessBusinessKey(), VerificationStatus.COMPLETE.name().equals(status));
            check.level(facts.string(RISK_CATEGORY), "the probation risk category").orRefuse();
        });
    }

    /** Step 4: the Registered Manager's probation escalation: why, and the oversight plan. */
    @Bean
    FormCheck validateProbationEscalation(Clock clock) {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("The probation escalation")
                    .requireText(facts.string(OVERDUE_REASON), 5, 2000, "Record why the action is overdue or failed (the overdue reason)");
            OversightPlan.checkAndKeep(check, facts, execution, clock.today());
        });
    }

    /** Enhanced oversight: each review says what progress was seen, and renews the oversight plan. */
    @Bean
    FormCheck validateEnhancedOversightReview(Clock clock) {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("The oversight review")
                    .requireText(facts.string(OVERSIGHT_PROGRESS), 10, 2000, "Describe the progress seen since the last review");
            OversightPlan.checkAndKeep(check, facts, execution, clock.today());
        });
    }

    /** Early warning sign: the Registered Manager's answer to a week-12 early warning. */
    @Bean
    FormCheck validateEarlyWarningReview() {
        return FormCheck.of((facts, execution) -> new EntryCheck("The early warning review")
                .require(isOneOf(facts.string(WARNING_RESPONSE), WarningResponse.class),
                        "Choose what happens now: escalate, keep under review, or consider extending probation.")
                .requireText(facts.string(WARNING_NOTES), 10, 2000, "Record what you found and decided")
                .orRefuse());
    }
}
