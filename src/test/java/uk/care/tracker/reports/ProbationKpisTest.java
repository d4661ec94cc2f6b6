package uk.care.tracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.reports.ProbationActionFacts.SupportLog;

/** Each probation KPI on a known set of actions, December 2026, reported on 10 January 2027. */
class ProbationKpisTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    static final ReportScope DECEMBER = ReportScope.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    private final ProbationKpis kpis = new ProbationKpis(null, null);

    static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    static ProbationFact action(String key, String area, String registered, String deadline, String closed, String evidence,
                                List<String> escalated, List<SupportLog> logs) {
        return new ProbationFact(key, "N1", "New Starter", "Oak House", "line.manager", "mentor", area, "WEEK_6", d(registered),
                d(deadline), d(closed), evidence, escalated.stream().map(LocalDate::parse).toList(), List.of(), logs);
    }

    static final List<ProbationFact> ACTIONS = List.of(
            // closed on its due date with a competency assessment; one log on time, one late
            action("PA-1", "MEDICATION", "2026-12-01", "2026-12-11", "2026-12-11", "OBSERVATION_NOTES", List.of(),
                    List.of(new SupportLog(d("2026-12-04"), false, 1), new SupportLog(d("2026-12-11"), true, 1))),
            // signed off after its due date on a statement alone, escalated on 21 December
            action("PA-2", "MOVING_AND_HANDLING", "2026-12-02", "2026-12-14", "2026-12-22", "STATEMENT_ONLY",
                    List.of("2026-12-21"), List.of(new SupportLog(d("2026-12-04"), false, 0), new SupportLog(d("2026-12-11"), false, 0))),
            // still open, overdue, confidence flat over the last two logs
            action("PA-3", "COMMUNICATION", "2026-12-03", "2026-12-18", null, null, List.of(),
                    List.of(new SupportLog(d("2026-12-04"), false, 0), new SupportLog(d("2026-12-11"), false, -1))),
            // opened in December, due in January
            action("PA-4", "COMMUNICATION", "2026-12-20", "2027-01-22", null, null, List.of(), List.of()));

    @Test
    void every_figure_of_december() {
        ProbationReport r = kpis.report(DECEMBER, ACTIONS, TODAY);
        assertThat(r.opened()).isEqualTo(4);
        assertThat(r.dueInPeriod()).isEqualTo(3);
        assertThat(r.trace().get("closedByDueDate")).containsExactly("PA-1");
        assertThat(r.closedByDueDatePercent()).isEqualTo(33.3);
        assertThat(r.trace().get("openOverdue")).containsExactly("PA-3");
        assertThat(r.unresolvedInductionThemes()).containsExactly(Map.entry("COMMUNICATION", 2));
        assertThat(r.trace().get("escalations")).containsExactly("PA-2");
        assertThat(r.mentorUpdatesDue()).isEqualTo(6);
        assertThat(r.mentorUpdatesOnTime()).isEqualTo(5);
        assertThat(r.mentorUpdatesOnTimePercent()).isEqualTo(83.3);
        assertThat(r.trace().get("poorlyEvidencedSignOffs")).containsExactly("PA-2");
        assertThat(r.trace().get("confidenceNotImproving")).containsExactly("PA-3");
    }
    /**
     * Issue 11, worked example: opened Wednesday 3 February 2027, logs due Friday 5 and Friday 12 February never
     * submitted (recorded as missed): 0 of 2 mentor updates on time in February. Missed weeks are not read as flat
     * confidence.
     */
    @Test
    void missed_logs_count_as_due_and_not_on_time() {
        ReportScope february = ReportScope.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
        ProbationFact skipped = action("PA-5", "COMMUNICATION", "2027-02-03", "2027-02-26", null, null, List.of(),
                List.of(new SupportLog(d("2027-02-05"), false, null, true), new SupportLog(d("2027-02-12"), false, null, true)));
        ProbationReport r = kpis.report(february, List.of(skipped), LocalDate.of(2027, 2, 15));
        assertThat(r.mentorUpdatesDue()).isEqualTo(2);
        assertThat(r.mentorUpdatesOnTime()).isZero();
        assertThat(r.mentorUpdatesOnTimePercent()).isEqualTo(0.0);
        assertThat(r.trace().get("confidenceNotImproving")).isNullOrEmpty();
    }
}
