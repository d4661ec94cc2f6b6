package uk.care.tracker.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static uk.care.tracker.probation.ProbationVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;
import static uk.care.tracker.support.FormSubmission.TODAY;
import static uk.care.tracker.support.FormSubmission.clockOnToday;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.evidence.ClosureEvidence;
import uk.care.tracker.support.FormSubmission;

/** Each form check of the probation-action process: good input, bad input, the reason the person sees. */
class ProbationFormChecksTest {

    @Nested
    class MentorSupportLog {

        final FormCheck check = new ProbationFormChecks().validateMentorSupportLog();
        final FormSubmission log = FormSubmission.of(SUPPORT_SESSIONS, "2.0", AREA_PRACTISED, "moving and handling",
                CONFIDENCE_RATING, 3, SUPPORT_NOTES, "Practised hoist transfers twice");

        @Test
        void a_log_is_accepted_and_stored_as_numbers_and_names() {
            assertThat(log.acceptedBy(check)).containsEntry(SUPPORT_SESSIONS, 2)
                    .containsEntry(AREA_PRACTISED, "MOVING_AND_HANDLING").containsEntry(CONFIDENCE_RATING, 3);
        }

        @Test
        void out_of_range_numbers_and_an_unknown_area_are_all_reported() {
            log.with(SUPPORT_SESSIONS, 21).with(CONFIDENCE_RATING, 0).with(AREA_PRACTISED, "juggling")
                    .refusedBy(check).startsWith("The support log was not saved.")
                    .contains("The number of support sessions completed must be between 0 and 20, not 21.")
                    .contains("Choose the competency area practised.")
                    .contains("The confidence rating must be between 1 and 5, not 0.");
        }

        @Test
        void a_fraction_of_a_session_is_refused() {
            log.with(SUPPORT_SESSIONS, "1.5").refusedBy(check)
                    .contains("The number of support sessions completed '1.5' is not a whole number.");
        }
    }

    @Nested
    class Verification {

        final FormCheck check = new ProbationFormChecks().validateProbationVerification(mock(ClosureEvidence.class));

        @Test
        void a_status_and_a_risk_category_are_needed() {
            FormSubmission.of(COMPLETION_STATUS, "IN_PROGRESS", RISK_CATEGORY, "LOW").acceptedBy(check);
            FormSubmission.of(COMPLETION_STATUS, "DONE", RISK_CATEGORY, "SEVERE").refusedBy(check)
                    .contains("Choose the completion status: complete, in progress, not started or failed.")
                    .contains("Choose the probation risk category: low, medium or high.");
        }
    }

    @Nested
    class EscalationAndOversight {

        final FormSubmission plan = FormSubmission.of(INTERIM_RESTRICTION, "NO_LONE_WORKING",
                RESTRICTION_DETAILS, "Always rostered with a senior carer", REVISED_REVIEW_DATE,
                TODAY.plusDays(7).toString());

        @Test
        void an_escalation_with_a_reason_and_a_plan_is_accepted_and_the_restriction_kept_by_name() {
            assertThat(plan.with(OVERDUE_REASON, "Training cancelled twice")
                    .acceptedBy(new ProbationFormChecks().validateProbationEscalation(clockOnToday())))
                    .containsEntry(INTERIM_RESTRICTION, "NO_LONE_WORKING");
        }

        @ParameterizedTest
        @EnumSource(InterimRestriction.class)
        void every_restriction_is_accepted_in_an_oversight_review(InterimRestriction restriction) {
            plan.with(INTERIM_RESTRICTION, restriction.name()).with(OVERSIGHT_PROGRESS, "Two supervised shifts done")
                    .acceptedBy(new ProbationFormChecks().validateEnhancedOversightReview(clockOnToday()));
        }

        @Test
        void the_next_review_must_be_after_today_and_soon() {
            FormCheck check = new ProbationFormChecks().validateProbationEscalation(clockOnToday());
            FormSubmission escalation = plan.with(OVERDUE_REASON, "Training cancelled twice");
            escalation.with(REVISED_REVIEW_DATE, TODAY.toString()).refusedBy(check)
                    .contains("The revised review date must be after today (" + TODAY + ").");
            escalation.with(REVISED_REVIEW_DATE, TODAY.plusDays(OversightPlan.MAX_DAYS_TO_NEXT_REVIEW + 1).toString())
                    .refusedBy(check).contains("Under enhanced oversight the next review must be within");
        }

        @Test
        void an_escalation_without_a_reason_or_restriction_is_refused() {
            FormSubmission.of().refusedBy(new ProbationFormChecks().validateProbationEscalation(clockOnToday()))
                    .contains("Record why the action is overdue or failed (the overdue reason)")
                    .contains("Choose the interim restriction applied, or 'no restriction'.")
                    .contains("Enter the revised review date.");
        }
    }

    @Nested
    class EarlyWarningReview {

        final FormCheck check = new ProbationFormChecks().validateEarlyWarningReview();

        @Test
        void a_response_and_notes_are_needed() {
            FormSubmission.of(WARNING_RESPONSE, "CONSIDER_EXTENDING_PROBATION",
                    WARNING_NOTES, "Medication competency not yet signed off").acceptedBy(check);
            FormSubmission.of(WARNING_RESPONSE, "IGNORE", WARNING_NOTES, "short").refusedBy(check)
                    .contains("Choose what happens now: escalate, keep under review, or consider extending probation.")
                    .contains("Record what you found and decided (at least 10 characters).");
        }
    }
}
