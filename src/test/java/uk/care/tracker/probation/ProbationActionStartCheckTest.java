package uk.care.tracker.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.care.tracker.probation.ProbationActionProcess.Start.*;
import static uk.care.tracker.support.FormSubmission.TODAY;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.FormSubmission;
import uk.care.tracker.support.StaffForTests;

/** The start check of a probation action: the new starter, checkpoint, area, deadline and mentor. */
class ProbationActionStartCheckTest {

    final Clock clock = mock(Clock.class);
    final DueDates dueDates = mock(DueDates.class);
    final Colleagues colleagues = mock(Colleagues.class);
    final ProcessStart processStart = mock(ProcessStart.class);
    final ValidateProbationAction check = new ValidateProbationAction(StaffForTests.directoryOf(
            new StaffMember("S042", "Farid Rahman", "Day", "line.manager", "Carer", TODAY.minusWeeks(2), null, null),
            new StaffMember("S043", "Nia Okoye", "Day", "line.manager", "Carer", null, null, null),
            new StaffMember("S044", "Tom Reid", "Day", "line.manager", "Carer", TODAY.plusDays(3), null, null)),
            colleagues, clock, dueDates, processStart, new ProbationProperties(12, 10));

    final FormSubmission action = FormSubmission.of(STAFF_ID, "S042", CHECKPOINT, "week 2",
            ACTION_DESCRIPTION, "Shadow two medication rounds", COMPETENCY_AREA, "MEDICATION",
            DEADLINE, TODAY.plusDays(14).toString(), PERSON_RESPONSIBLE, "mentor", "initiator", "onboarding.supervisor");

    ProbationActionStartCheckTest() {
        when(clock.today()).thenReturn(TODAY);
        when(clock.now()).thenReturn(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        when(dueDates.workingDaysBefore(any(), anyInt())).thenReturn(Date.from(Instant.parse("2027-01-11T00:00:00Z")));
        when(colleagues.isMember("mentor", CareGroups.MENTORS)).thenReturn(true);
    }

    @Test
    void an_action_is_accepted_with_its_week_12_decision_and_early_warning() {
        assertThat(action.acceptedBy(check)).containsEntry(CHECKPOINT, "WEEK_2")
                .containsEntry("week12Decision", TODAY.minusWeeks(2).plusWeeks(12).toString())
                .containsEntry("earlyWarningApplies", true).containsEntry("escalated", false)
                .containsEntry("supportWeek", 1).containsEntry("verificationCycle", 1);
        verify(processStart).begin(any(), eq("PA"), eq("onboarding.supervisor"), any());
    }

    @Test
    void a_new_starter_without_a_start_date_or_not_yet_started_is_refused() {
        action.with(STAFF_ID, "S043").refusedBy(check).contains("Nia Okoye (S043) has no start date in the staff directory");
        action.with(STAFF_ID, "S044").refusedBy(check).contains("Tom Reid (S044) starts on " + TODAY.plusDays(3));
    }

    @Test
    void a_past_deadline_and_someone_who_is_not_a_mentor_are_refused() {
        action.with(DEADLINE, TODAY.minusDays(1).toString()).with(PERSON_RESPONSIBLE, "line.manager").refusedBy(check)
                .contains("The deadline " + TODAY.minusDays(1) + " has already passed.")
                .contains("The person responsible 'line.manager' is not a mentor in the system.");
    }

    @Test
    void an_unknown_checkpoint_or_area_is_refused() {
        action.with(CHECKPOINT, "week 4").with(COMPETENCY_AREA, "cooking").refusedBy(check)
                .contains("Choose the probation checkpoint: week 2, week 6 or week 12.")
                .contains("Choose the competency area");
    }
}
