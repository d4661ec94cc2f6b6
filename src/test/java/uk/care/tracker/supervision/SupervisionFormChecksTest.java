package uk.care.tracker.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.care.tracker.supervision.SupervisionVariables.*;
import static uk.care.tracker.engine.TrackedItemVariables.*;
import static uk.care.tracker.support.FormSubmission.TODAY;
import static uk.care.tracker.support.FormSubmission.clockOnToday;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.evidence.ClosureEvidence;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.support.FormSubmission;

/** Each form check of the supervision-action process: good input passes, bad input is refused with its reason. */
class SupervisionFormChecksTest {

    @Nested
    class DeputyVerification {

        final FormCheck check = new SupervisionFormChecks().validateDeputyVerification(clockOnToday());
        final FormSubmission clear = FormSubmission.of(OUTCOME_CLARITY, "CLEAR", PRIORITY, "HIGH",
                EVIDENCE_REQUIRED, "Signed MAR chart audit", REVIEW_DATE, TODAY.plusDays(7).toString());

        @Test
        void a_clear_action_with_priority_evidence_and_review_date_is_accepted() {
            clear.acceptedBy(check);
        }

        @ParameterizedTest
        @ValueSource(strings = {"LOW", "MEDIUM", "HIGH"})
        void each_priority_is_accepted(String priority) {
            clear.with(PRIORITY, priority).acceptedBy(check);
        }

        @Test
        void an_unknown_priority_is_refused() {
            clear.with(PRIORITY, "URGENT").refusedBy(check)
                    .isEqualTo("The verification was not saved. Choose a priority: low, medium or high.");
        }

        @Test
        void a_review_date_already_passed_is_refused() {
            clear.with(REVIEW_DATE, TODAY.minusDays(1).toString()).refusedBy(check)
                    .contains("The review date " + TODAY.minusDays(1) + " has already passed.");
        }

        @Test
        void a_vague_action_needs_the_reason_it_goes_back() {
            FormSubmission vague = FormSubmission.of(OUTCOME_CLARITY, "VAGUE");
            vague.refusedBy(check).contains("Tell the line manager what is unclear");
            vague.with(RETURN_REASON, "Which training course?").acceptedBy(check);
        }

        @Test
        void no_answer_on_clarity_is_refused() {
            FormSubmission.of().refusedBy(check)
                    .contains("Say whether the action has a clear, measurable outcome or is too vague.");
        }
    }

    @Nested
    class FollowUpCheck {

        final ClosureEvidence evidence = mock(ClosureEvidence.class);
        final ValidateFollowUpCheck check = new ValidateFollowUpCheck(clockOnToday(), evidence);
        final FormSubmission complete = FormSubmission.of(COMPLETION_STATUS, "COMPLETE",
                DATE_CHECKED, TODAY.toString(), SUPERVISION_DATE, TODAY.minusDays(20).toString());

        @Test
        void a_complete_action_checked_today_is_accepted() {
            complete.acceptedBy(check);
        }

        @Test
        void an_unknown_status_is_refused() {
            complete.with(COMPLETION_STATUS, "DONE").refusedBy(check).contains("Choose the completion status.");
        }

        @Test
        void a_check_in_the_future_or_before_the_supervision_is_refused() {
            complete.with(DATE_CHECKED, TODAY.plusDays(1).toString()).refusedBy(check)
                    .contains("is in the future.");
            complete.with(DATE_CHECKED, TODAY.minusDays(21).toString()).refusedBy(check)
                    .contains("is before the supervision on " + TODAY.minusDays(20));
        }

        @Test
        void an_action_not_yet_complete_needs_a_next_check_date_not_in_the_past() {
            FormSubmission partly = complete.with(COMPLETION_STATUS, "PARTIALLY_COMPLETE");
            partly.refusedBy(check).contains("Enter the date of the next check.");
            partly.with(NEXT_CHECK_DATE, TODAY.minusDays(1).toString()).refusedBy(check)
                    .contains("would already be in the past");
            partly.with(NEXT_CHECK_DATE, TODAY.plusDays(7).toString()).acceptedBy(check);
        }

        @Test
        void the_evidence_rules_are_asked_whether_the_action_closes_as_complete() {
            org.mockito.Mockito.doAnswer(call -> call.<uk.care.tracker.engine.EntryCheck>getArgument(0)
                            .problem("Choose the type of evidence."))
                    .when(evidence).check(any(), any(), eq("SA-2026-000001"), eq(true));
            complete.refusedBy(check).contains("Choose the type of evidence.");
        }
    }

    @Nested
    class OverdueReview {

        final FormCheck check = new SupervisionFormChecks().validateOverdueReview();
        final FormSubmission review = FormSubmission.of(REASON_FOR_DELAY, "Staff member on leave",
                VALID_EXPLANATION, "true", ESCALATION_STAGE, "WEEKLY_REVIEW");

        @Test
        void the_forms_text_answer_becomes_a_yes_or_no() {
            assertThat(review.acceptedBy(check)).containsEntry(VALID_EXPLANATION, true);
            assertThat(review.with(VALID_EXPLANATION, "false").acceptedBy(check)).containsEntry(VALID_EXPLANATION, false);
        }

        @Test
        void a_missing_explanation_answer_is_refused() {
            review.with(VALID_EXPLANATION, "maybe").refusedBy(check)
                    .contains("Say whether the delay has a valid explanation.");
        }

        @Test
        void an_unknown_stage_and_a_short_reason_are_both_reported() {
            review.with(ESCALATION_STAGE, "DISMISSAL").with(REASON_FOR_DELAY, "no").refusedBy(check)
                    .contains("Record the reason for the delay (at least 5 characters).")
                    .contains("Choose the escalation stage.");
        }
    }

    @Nested
    class RemedialOwnership {

        final Colleagues colleagues = mock(Colleagues.class);
        final FormCheck check = new SupervisionFormChecks().validateRemedialOwnership(colleagues);

        @Test
        void a_line_manager_with_a_plan_is_accepted() {
            when(colleagues.isMember("line.manager2", CareGroups.LINE_MANAGERS)).thenReturn(true);
            FormSubmission.of(REMEDIAL_OWNER, "line.manager2", REMEDIAL_PLAN, "Check the MAR charts daily")
                    .acceptedBy(check);
        }

        @Test
        void someone_who_is_not_a_manager_is_refused() {
            FormSubmission.of(REMEDIAL_OWNER, "mentor", REMEDIAL_PLAN, "Check the MAR charts daily").refusedBy(check)
                    .contains("The remedial owner 'mentor' must be a line manager or deputy manager in the system.");
        }

        @Test
        void no_owner_and_no_plan_are_refused() {
            FormSubmission.of().refusedBy(check).contains("Name the remedial owner.")
                    .contains("Describe what the remedial owner must do (at least 10 characters).");
        }
    }

    @Nested
    class Rewording {

        final FormCheck check = new SupervisionFormChecks().validateRewording();

        @Test
        void a_reworded_action_is_kept_trimmed() {
            assertThat(FormSubmission.of(ACTION_DESCRIPTION, "  Complete the medication e-learning by Friday ")
                    .acceptedBy(check)).containsEntry(ACTION_DESCRIPTION, "Complete the medication e-learning by Friday");
        }

        @Test
        void a_description_of_invisible_characters_is_refused() {
            FormSubmission.of(ACTION_DESCRIPTION, "\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B")
                    .refusedBy(check).startsWith("The reworded action was not saved.")
                    .contains("Describe the action with an outcome that can be checked");
        }
    }
}
