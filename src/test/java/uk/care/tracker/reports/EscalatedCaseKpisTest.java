package uk.care.tracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.reports.EscalatedCaseFacts.ReviewFact;

/** Each escalated-case KPI on a known set of cases, December 2026, reported on 10 January 2027. */
class EscalatedCaseKpisTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    static final ReportScope DECEMBER = ReportScope.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    private final EscalatedCaseKpis kpis = new EscalatedCaseKpis(null, null);

    static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    static CaseFact escalatedCase(String key, String staff, String concern, String escalated, String closed, String started,
                                  List<ReviewFact> reviews, List<Integer> ratings) {
        return new CaseFact(key, staff, staff, "Oak House", "line.manager", concern, d(escalated), d(escalated),
                d(escalated).plusDays(56), d(closed), closed == null ? null : "CLOSED", d(started), List.of(), reviews, ratings);
    }

    static final List<CaseFact> CASES = List.of(
            // closed within target (56 days): escalated 20 October, closed 10 December; one review on time, one missed
            escalatedCase("EC-1", "S1", "DOCUMENTATION", "2026-10-20", "2026-12-10", "2019-01-01",
                    List.of(new ReviewFact("CASE_REVIEW", 5, d("2026-12-10"), d("2026-12-10")),
                            new ReviewFact("MONITORING_REVIEW", 9, d("2026-12-03"), null)), List.of(2, 3, 4)),
            // the same staff member and concern again 20 days after EC-1 closed: a repeat escalation; a recent recruit? no
            escalatedCase("EC-2", "S1", "DOCUMENTATION", "2026-12-30", null, "2019-01-01", List.of(), List.of()),
            // opened in December for a recent recruit, ratings stuck at 2; a review done a day late
            escalatedCase("EC-3", "S2", "SHIFT_RELIABILITY", "2026-12-02", null, "2026-06-01",
                    List.of(new ReviewFact("MONITORING_REVIEW", 1, d("2026-12-09"), d("2026-12-10"))), List.of(2, 2, 2)),
            // closed in December after its target date
            escalatedCase("EC-4", "S3", "OTHER", "2026-09-01", "2026-12-01", "2018-05-05", List.of(), List.of(1, 3)));

    @Test
    void every_figure_of_december() {
        EscalatedCaseReport r = kpis.report(DECEMBER, CASES, TODAY);
        assertThat(r.trace().get("opened")).containsExactly("EC-2", "EC-3");
        assertThat(r.trace().get("openCases")).containsExactly("EC-2", "EC-3");
        assertThat(r.reviewsDue()).isEqualTo(3);
        assertThat(r.reviewsOnTime()).isEqualTo(1);
        assertThat(r.reviewTimelinessPercent()).isEqualTo(33.3);
        assertThat(r.trace().get("closed")).containsExactly("EC-1", "EC-4");
        assertThat(r.trace().get("closedWithinTarget")).containsExactly("EC-1");
        assertThat(r.closedWithinTargetPercent()).isEqualTo(50.0);
        assertThat(r.averageCaseDurationDays()).as("(51 + 91) / 2").isEqualTo(71.0);
        assertThat(r.trace().get("repeatEscalationsWithin60Days")).containsExactly("EC-2");
        assertThat(r.trace().get("progressUnchanged")).containsExactly("EC-3");
        assertThat(r.trace().get("openedForRecentRecruits")).containsExactly("EC-3");
        assertThat(r.openedByTeam()).containsEntry("Oak House", 2);
    }
}
