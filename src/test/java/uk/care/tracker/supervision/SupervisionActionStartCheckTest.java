package uk.care.tracker.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.care.tracker.engine.StaffVariables.STAFF_NAME;
import static uk.care.tracker.supervision.SupervisionActionProcess.Start.*;
import static uk.care.tracker.support.FormSubmission.TODAY;
import static uk.care.tracker.support.FormSubmission.clockOnToday;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.care.tracker.calendar.CalendarProperties;
import uk.care.tracker.calendar.WorkingDays;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.FormSubmission;

/** The start check of a supervision action (SPEC section 8): what is refused, and what an accepted one becomes. */
class SupervisionActionStartCheckTest {

    final StaffDirectory staff = mock(StaffDirectory.class);
    final Colleagues colleagues = mock(Colleagues.class);
    final ProcessStart processStart = mock(ProcessStart.class);
    final ValidateSupervisionAction check = new ValidateSupervisionAction(staff, colleagues, clockOnToday(),
            new WorkingDays(new CalendarProperties(ZoneId.of("Europe/London"), "eng")), processStart);

    final FormSubmission action = FormSubmission.of(STAFF_ID, " S001 ", ACTION_DESCRIPTION,
            "Complete the medication refresher", ACTION_CATEGORY, "medication",
            SUPERVISION_DATE, TODAY.toString(), DEADLINE, TODAY.plusDays(14).toString(),
            MANAGER_RESPONSIBLE, "line.manager", "initiator", "line.manager");

    @BeforeEach
    void directory() {
        when(staff.memberNamedIn(any(), any())).thenCallRealMethod();
        when(staff.find(anyString())).thenReturn(Optional.empty());
        when(staff.find("S001")).thenReturn(Optional.of(
                new StaffMember("S001", "Amira Hassan", "Day", "line.manager", "Carer", null, null, null)));
        when(colleagues.isMember("line.manager", CareGroups.LINE_MANAGERS)).thenReturn(true);
    }

    @Test
    void an_action_entered_on_the_day_is_accepted_normalised_and_numbered() {
        assertThat(action.acceptedBy(check)).containsEntry(STAFF_ID, "S001").containsEntry(STAFF_NAME, "Amira Hassan")
                .containsEntry(ACTION_CATEGORY, "MEDICATION").containsEntry("lateEntry", false);
        verify(processStart).begin(any(), eq("SA"), eq("line.manager"), startsWith("MEDICATION for Amira Hassan (S001)"));
    }

    @Test
    void an_action_entered_days_after_the_supervision_is_accepted_as_late() {
        assertThat(action.with(SUPERVISION_DATE, TODAY.minusDays(7).toString()).acceptedBy(check))
                .containsEntry("lateEntry", true);
    }

    @Test
    void an_unknown_staff_member_is_refused_and_nothing_is_started() {
        action.with(STAFF_ID, "S999").refusedBy(check)
                .isEqualTo("The supervision action was not saved. "
                        + "There is no staff member with the id 'S999' in the staff directory.");
        verify(processStart, never()).begin(any(), any(), any(), any());
    }

    @Test
    void dates_the_wrong_way_round_are_refused() {
        action.with(DEADLINE, TODAY.minusDays(1).toString()).refusedBy(check)
                .contains("The deadline " + TODAY.minusDays(1) + " is before the supervision date " + TODAY);
        action.with(SUPERVISION_DATE, TODAY.plusDays(1).toString()).refusedBy(check)
                .contains("is in the future; enter actions after the meeting.");
        action.with(DEADLINE, "31/02/2026").refusedBy(check)
                .contains("The deadline '31/02/2026' is not a date (YYYY-MM-DD).");
    }

    @Test
    void a_manager_responsible_who_is_not_a_line_manager_is_refused() {
        action.with(MANAGER_RESPONSIBLE, "mentor").refusedBy(check)
                .contains("The manager responsible 'mentor' is not a line manager in the system.");
    }

    @Test
    void an_empty_form_lists_every_problem_at_once() {
        FormSubmission.of().refusedBy(check)
                .contains("Choose the staff member.")
                .contains("Describe the action so that its completion can be checked (at least 10 characters).")
                .contains("Choose an action category")
                .contains("Enter the supervision date.")
                .contains("Enter the deadline.")
                .contains("Name the manager responsible for the follow-up.");
    }
}
