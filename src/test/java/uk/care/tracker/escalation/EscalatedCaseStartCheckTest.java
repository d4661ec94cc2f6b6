package uk.care.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static uk.care.tracker.escalation.EscalatedCaseProcess.Start.*;
import static uk.care.tracker.support.FormSubmission.TODAY;
import static uk.care.tracker.support.FormSubmission.clockOnToday;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.care.tracker.calendar.CalendarProperties;
import uk.care.tracker.calendar.WorkingDays;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.FormSubmission;
import uk.care.tracker.support.StaffForTests;

/** The start check of an escalated case: what is refused, and what an accepted one becomes. */
class EscalatedCaseStartCheckTest {

    final ProcessStart processStart = mock(ProcessStart.class);
    final ValidateEscalatedCase check = new ValidateEscalatedCase(
            StaffForTests.directoryOf(new StaffMember("S001", "Amira Hassan", "Day", "line.manager", "Carer", null, null, null)),
            clockOnToday(), new WorkingDays(new CalendarProperties(ZoneId.of("Europe/London"), "eng")), processStart);

    final FormSubmission escalation = FormSubmission.of(STAFF_ID, "S001", CONCERN_TYPE, "DOCUMENTATION",
            THRESHOLD_MET, "Three record-keeping actions in 90 days", CONCERN_CONFIRMED_DATE, TODAY.toString(),
            ESCALATED_DATE, TODAY.toString(), "initiator", "registered.manager");

    @Test
    void a_case_is_accepted_with_the_staff_members_line_manager_and_who_opened_it() {
        assertThat(escalation.acceptedBy(check)).containsEntry("staffName", "Amira Hassan")
                .containsEntry("lineManager", "line.manager").containsEntry("openedBy", "registered.manager")
                .containsEntry("lateEntry", false);
        verify(processStart).begin(any(), eq("EC"), eq("registered.manager"), startsWith("DOCUMENTATION concern for Amira Hassan"));
    }

    @Test
    void an_unknown_concern_type_is_refused_and_nothing_is_started() {
        escalation.with(CONCERN_TYPE, "documentation").refusedBy(check).isEqualTo("The escalated case was not saved. "
                + "Choose the repeated concern type (documentation, shift reliability, care plan adherence or other).");
        verify(processStart, never()).begin(any(), any(), any(), any());
    }

    @Test
    void escalation_dates_in_the_future_or_before_the_concern_are_refused() {
        escalation.with(ESCALATED_DATE, TODAY.plusDays(1).toString()).refusedBy(check).contains("is in the future.");
        escalation.with(ESCALATED_DATE, TODAY.minusDays(2).toString()).with(CONCERN_CONFIRMED_DATE,
                TODAY.minusDays(1).toString()).refusedBy(check).contains("before the concern was confirmed");
    }

    @Test
    void an_empty_form_lists_every_problem() {
        FormSubmission.of().refusedBy(check).contains("Choose the staff member.")
                .contains("Say which escalation threshold was met (at least 5 characters).")
                .contains("Enter the date the concern was confirmed.").contains("Enter the date escalated.");
    }
}
