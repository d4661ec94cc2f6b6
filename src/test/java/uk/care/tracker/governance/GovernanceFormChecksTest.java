package uk.care.tracker.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.care.tracker.governance.GovernanceVariables.*;
import static uk.care.tracker.support.FormSubmission.TODAY;
import static uk.care.tracker.support.FormSubmission.clockOnToday;

import org.junit.jupiter.api.Test;
import uk.care.tracker.support.FormSubmission;

/** The form checks of the monthly-governance process: good input, bad input, the reason the person sees. */
class GovernanceFormChecksTest {

    final ValidateGovernanceReview review = new ValidateGovernanceReview(clockOnToday());
    final FormSubmission meeting = FormSubmission.of(ANALYSIS, "On-time closure fell to 78% in one team",
            CHALLENGE, "Why are medication actions late?", DECISIONS, "Weekly huddle on open actions",
            MEETING_DATE, TODAY.toString(), PERIOD_TO, TODAY.minusDays(9).toString(), IMPROVEMENT_ACTIONS_TO_ADD, "true");

    @Test
    void a_review_held_after_the_month_is_accepted_and_its_answer_becomes_a_yes_or_no() {
        assertThat(meeting.acceptedBy(review)).containsEntry(IMPROVEMENT_ACTIONS_TO_ADD, true);
        assertThat(meeting.with(IMPROVEMENT_ACTIONS_TO_ADD, null).acceptedBy(review))
                .containsEntry(IMPROVEMENT_ACTIONS_TO_ADD, false);
    }

    @Test
    void a_meeting_in_the_future_or_inside_the_month_reviewed_is_refused() {
        meeting.with(MEETING_DATE, TODAY.plusDays(1).toString()).refusedBy(review)
                .contains("record the meeting after it has taken place.");
        meeting.with(MEETING_DATE, TODAY.minusDays(9).toString()).refusedBy(review)
                .contains("The meeting reviewing the month to " + TODAY.minusDays(9) + " must be held after it.");
    }

    @Test
    void a_short_analysis_is_refused() {
        meeting.with(ANALYSIS, "fine").refusedBy(review).startsWith("The governance review was not saved.")
                .contains("Write your analysis of the month's figures (at least 20 characters).");
    }

    @Test
    void the_quarterly_response_must_say_something() {
        ValidateNonComplianceResponse response = new ValidateNonComplianceResponse();
        FormSubmission.of(SENIOR_RESPONSE, "Coaching agreed for two managers").acceptedBy(response);
        FormSubmission.of(SENIOR_RESPONSE, "\u00A0 ").refusedBy(response)
                .isEqualTo("The quarterly review was not saved. Record the senior leaders' response (at least 10 characters).");
    }
}
