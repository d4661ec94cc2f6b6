package uk.care.tracker.supervision;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.supervision.SupervisionVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;

/**
 * The server-side checks of article example 1's task forms (ADR 0001, decision 4), in the article's order, each bean
 * named as the BPMN's execution listener calls it. The follow-up check, with its evidence rules, is a class of its
 * own ({@link ValidateFollowUpCheck}).
 */
@Configuration(proxyBeanMethods = false)
class SupervisionFormChecks {

    enum Clarity { CLEAR, VAGUE }

    enum Stage { WEEKLY_REVIEW, REMEDIAL_OWNERSHIP, SENIOR_OVERSIGHT }

    /** Step 2: the Deputy Manager's Friday verification; a clear action needs what closes it, a vague one why. */
    @Bean
    FormCheck validateDeputyVerification(Clock clock) {
        return FormCheck.of((facts, execution) -> {
            EntryCheck check = new EntryCheck("The verification");
            String clarity = facts.string(OUTCOME_CLARITY);
            check.require(isOneOf(clarity, Clarity.class), "Say whether the action has a clear, measurable outcome or is too vague.");
            if (Clarity.VAGUE.name().equals(clarity)) {
                check.requireText(facts.string(RETURN_REASON), 5, 2000,
                        "Tell the line manager what is unclear, so they can reword the action");
            } else if (Clarity.CLEAR.name().equals(clarity)) {
                check.level(facts.string(PRIORITY), "a priority")
                        .requireText(facts.string(EVIDENCE_REQUIRED), 5, 2000, "Say what evidence is required to close the action")
                        .dateNotPast(facts.raw(REVIEW_DATE), "review date", clock.today());
            }
            check.orRefuse();
        });
    }

    /** Step 2: a reworded action must still describe something that can be checked. */
    @Bean
    FormCheck validateRewording() {
        return FormCheck.of((facts, execution) -> {
            String description = facts.string(ACTION_DESCRIPTION);
            new EntryCheck("The reworded action")
                    .requireText(description, 10, 2000, "Describe the action with an outcome that can be checked").orRefuse();
            execution.setVariable(ACTION_DESCRIPTION, description);
        });
    }

    /** Step 4: the Registered Manager's weekly overdue review. */
    @Bean
    FormCheck validateOverdueReview() {
        return FormCheck.of((facts, execution) -> {
            Object valid = facts.raw(VALID_EXPLANATION);
            new EntryCheck("The overdue review")
                    .requireText(facts.string(REASON_FOR_DELAY), 5, 2000, "Record the reason for the delay")
                    .require(valid instanceof Boolean || "true".equals(String.valueOf(valid)) || "false".equals(String.valueOf(valid)),
                            "Say whether the delay has a valid explanation.")
                    .require(isOneOf(facts.string(ESCALATION_STAGE), Stage.class), "Choose the escalation stage.")
                    .orRefuse();
            // the form's radio answers "true"/"false" as text; the gateway and the register want a yes/no value
            execution.setVariable(VALID_EXPLANATION, Boolean.parseBoolean(String.valueOf(valid)));
        });
    }

    /** Step 4: the remedial owner must be a manager who can take over the follow-up check. */
    @Bean
    FormCheck validateRemedialOwnership(Colleagues colleagues) {
        return FormCheck.of((facts, execution) -> {
            String owner = facts.string(REMEDIAL_OWNER);
            EntryCheck check = new EntryCheck("The remedial ownership");
            if (owner == null) {
                check.problem("Name the remedial owner.");
            } else {
                check.require(colleagues.isMember(owner, CareGroups.LINE_MANAGERS)
                                || colleagues.isMember(owner, CareGroups.DEPUTY_MANAGERS),
                        "The remedial owner '" + owner + "' must be a line manager or deputy manager in the system.");
            }
            check.requireText(facts.string(REMEDIAL_PLAN), 10, 2000, "Describe what the remedial owner must do").orRefuse();
        });
    }
}
