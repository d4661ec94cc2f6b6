package uk.care.tracker.escalation;

import static org.mockito.Mockito.mock;
import static uk.care.tracker.escalation.EscalatedCaseVariables.*;
import static uk.care.tracker.support.FormSubmission.TODAY;
import static uk.care.tracker.support.FormSubmission.clockOnToday;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.support.FormSubmission;

/** Each form check of the escalated-case and repeat-concern-offer processes: good input, bad input, the reason. */
class EscalationFormChecksTest {

    @Nested
    class ActionPlan {

        final FormCheck check = new EscalationFormChecks().validateActionPlan(clockOnToday());
        final FormSubmission plan = FormSubmission.of(CORRECTIVE_ACTION, "Daily record audit with the deputy",
                RECHECK_METHOD, "AUDIT", REVIEW_MEETING_DATE, TODAY.plusDays(14).toString());

        @Test
        void a_plan_with_a_recheck_and_a_meeting_ahead_is_accepted() {
            plan.acceptedBy(check);
        }

        @Test
        void another_recheck_method_must_be_described() {
            plan.with(RECHECK_METHOD, "OTHER").refusedBy(check).contains("Describe the recheck method");
            plan.with(RECHECK_METHOD, "OTHER").with(RECHECK_DETAILS, "Peer observation").acceptedBy(check);
        }

        @Test
        void an_unknown_method_and_a_past_meeting_are_refused() {
            plan.with(RECHECK_METHOD, "GUESS").with(REVIEW_MEETING_DATE, TODAY.minusDays(1).toString())
                    .refusedBy(check).startsWith("The action plan was not saved.")
                    .contains("Choose how the improvement will be rechecked.")
                    .contains("The review meeting date " + TODAY.minusDays(1) + " has already passed.");
        }
    }

    @Nested
    class StaffAcknowledgement {

        final FormCheck check = new EscalationFormChecks().validateStaffAcknowledgement(clockOnToday());
        final FormSubmission signed = FormSubmission.of(ACKNOWLEDGED_BY, "Amira Hassan",
                ACKNOWLEDGEMENT_METHOD, "SIGNED_PAPER", ACKNOWLEDGED_ON, TODAY.toString(),
                ESCALATED_DATE, TODAY.minusDays(2).toString());

        @Test
        void a_signed_plan_is_accepted() {
            signed.acceptedBy(check);
        }

        @Test
        void a_refusal_to_sign_needs_what_was_said() {
            signed.with(ACKNOWLEDGEMENT_METHOD, "REFUSED").refusedBy(check)
                    .contains("Say what the staff member said when refusing to sign");
        }

        @Test
        void a_date_in_the_future_or_before_the_escalation_is_refused() {
            signed.with(ACKNOWLEDGED_ON, TODAY.plusDays(1).toString()).refusedBy(check).contains("is in the future.");
            signed.with(ACKNOWLEDGED_ON, TODAY.minusDays(3).toString()).refusedBy(check)
                    .contains("before the case was escalated (" + TODAY.minusDays(2) + ")");
        }
    }

    @Nested
    class Monitoring {

        final MonitoringEntry monitoring = new MonitoringEntry(mock(RegisterWriter.class), mock(DueDates.class));
        final FormSubmission entry = FormSubmission.of(CHECK_SHIFT_OBSERVATIONS, 3,
                CHECK_AUDIT_FINDINGS, "Records complete on all shifts", CHECK_PROGRESS_RATING, "4");

        @Test
        void a_check_with_observations_findings_and_rating_is_accepted() {
            entry.acceptedBy(new EscalationFormChecks().validateMonitoringCheck(monitoring));
        }

        @Test
        void a_rating_outside_one_to_five_is_refused() {
            entry.with(CHECK_PROGRESS_RATING, 6).refusedBy(new EscalationFormChecks().validateMonitoringCheck(monitoring))
                    .contains("The progress rating goes from 1 (none) to 5 (fully met).");
        }

        @Test
        void observations_that_are_not_a_number_are_refused() {
            entry.with(CHECK_SHIFT_OBSERVATIONS, "three").refusedBy(new EscalationFormChecks().validateMonitoringCheck(monitoring))
                    .contains("Enter the number of shift observations completed as a whole number.");
        }

        @Test
        void the_formal_review_reads_its_own_fields() {
            FormSubmission.of(REVIEW_SHIFT_OBSERVATIONS, 0, REVIEW_AUDIT_FINDINGS, "No audit this fortnight",
                    REVIEW_PROGRESS_RATING, 1).acceptedBy(new EscalationFormChecks().validateMonitoringReview(monitoring));
            entry.refusedBy(new EscalationFormChecks().validateMonitoringReview(monitoring)).contains("Enter the progress rating.");
        }
    }

    @Nested
    class CaseReview {

        final FormCheck check = new EscalationFormChecks().validateCaseReview(clockOnToday());
        final FormSubmission review = FormSubmission.of(ACTION_PLAN_COMPLIANCE, "PARTIAL", REMAINING_RISK, "MEDIUM",
                RECHECK_OUTCOME, "PASSED", NEXT_DECISION, "CONTINUE", MEETING_DATE, TODAY.toString());

        @ParameterizedTest
        @ValueSource(strings = {"CONTINUE", "CLOSE", "REFER_HR"})
        void each_decision_is_accepted(String decision) {
            review.with(NEXT_DECISION, decision).acceptedBy(check);
        }

        @Test
        void a_case_with_high_remaining_risk_cannot_be_closed() {
            review.with(REMAINING_RISK, "HIGH").with(NEXT_DECISION, "CLOSE").refusedBy(check)
                    .contains("A case with high remaining risk cannot be closed");
            review.with(REMAINING_RISK, "HIGH").with(NEXT_DECISION, "REFER_HR").acceptedBy(check);
        }

        @Test
        void unknown_answers_and_a_future_meeting_are_all_reported() {
            FormSubmission.of(MEETING_DATE, TODAY.plusDays(1).toString()).refusedBy(check)
                    .contains("Say how far the action plan was complied with.")
                    .contains("Choose the remaining risk level: low, medium or high.")
                    .contains("Give the outcome of the recheck.")
                    .contains("Choose the next escalation decision")
                    .contains("cannot be signed off at a meeting in the future");
        }
    }

    @Nested
    class CaseClosure {

        final FormCheck check = new EscalationFormChecks().validateCaseClosure();
        final FormSubmission closed = FormSubmission.of(CASE_OUTCOME, "CLOSED", HR_PATHWAY, "NONE",
                EVIDENCE_SUPPORTING_CLOSURE, "Three clean audits in a row");

        @Test
        void a_closed_case_without_a_pathway_and_an_advanced_one_with_a_pathway_are_accepted() {
            closed.acceptedBy(check);
            closed.with(CASE_OUTCOME, "ADVANCED").with(HR_PATHWAY, "CAPABILITY").acceptedBy(check);
        }

        @Test
        void outcome_and_pathway_must_agree() {
            closed.with(CASE_OUTCOME, "ADVANCED").refusedBy(check)
                    .contains("A case advanced by HR must name the formal HR pathway triggered.");
            closed.with(HR_PATHWAY, "DISCIPLINARY").refusedBy(check)
                    .contains("A closed case triggers no HR pathway");
        }
    }

    @Nested
    class SeniorOversight {

        @Test
        void assessment_and_improvement_actions_are_both_needed() {
            FormCheck check = new EscalationFormChecks().validateSeniorOversight();
            FormSubmission.of(OVERSIGHT_RESPONSE, "Case handled in line with policy",
                    IMPROVEMENT_ACTIONS, "Add record audits to the SIP").acceptedBy(check);
            FormSubmission.of(OVERSIGHT_RESPONSE, "ok").refusedBy(check)
                    .isEqualTo("The oversight review was not saved. Record the senior leaders' assessment of the case"
                            + " (at least 10 characters). Record the improvement actions for the service improvement"
                            + " plan (at least 10 characters).");
        }
    }

    @Nested
    class OfferDecision {

        final FormCheck check = new RepeatConcernOfferSteps().validateOfferDecision();

        @Test
        void opening_a_case_needs_no_reason_and_declining_needs_one() {
            FormSubmission.of(RepeatConcernOfferVariables.OFFER_DECISION, "OPEN_CASE").acceptedBy(check);
            FormSubmission.of(RepeatConcernOfferVariables.OFFER_DECISION, "DECLINE").refusedBy(check)
                    .contains("Say why no escalated case is needed");
            FormSubmission.of(RepeatConcernOfferVariables.OFFER_DECISION, "DECLINE",
                    RepeatConcernOfferVariables.DECLINE_REASON, "Already under capability review").acceptedBy(check);
        }

        @Test
        void no_decision_is_refused() {
            FormSubmission.of().refusedBy(check).contains("Choose whether to open an escalated case.");
        }
    }
}
