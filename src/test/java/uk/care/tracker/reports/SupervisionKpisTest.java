package uk.care.tracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.care.tracker.calendar.CalendarProperties;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;
import uk.care.tracker.reports.SupervisionReport.Theme;

/** Each supervision KPI on a known set of actions, December 2026, reported on 10 January 2027. */
class SupervisionKpisTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    static final ReportScope DECEMBER = ReportScope.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

    private final SupervisionKpis kpis = new SupervisionKpis(null, new Clock(new CalendarProperties(ZoneId.of("Europe/London"), "eng")));

    static ActionFact action(String key, String staff, String category, String registered, String deadline, String closed,
                             String evidence) {
        return action(key, staff, category, registered, deadline, closed, evidence, "Oak House", "line.manager");
    }

    static ActionFact action(String key, String staff, String category, String registered, String deadline, String closed,
                             String evidence, String team, String manager) {
        return new ActionFact(key, staff, staff, team, manager, category, "action " + key, LocalDate.parse(registered),
                LocalDate.parse(registered), LocalDate.parse(deadline), closed == null ? null : LocalDate.parse(closed), evidence,
                closed == null ? null : "seen", null, false);
    }

    static final List<ActionFact> ACTIONS = List.of(
            // closed on the deadline day: on time
            action("SA-1", "S1", "RECORD_KEEPING", "2026-12-01", "2026-12-18", "2026-12-18", "AUDIT_EVIDENCE"),
            // closed on Christmas Day, a bank holiday, after a Christmas Eve deadline: late, and on a statement alone
            action("SA-2", "S2", "MEDICATION", "2026-12-02", "2026-12-24", "2026-12-25", "STATEMENT_ONLY"),
            // deadline on a bank holiday, closed that day: on time (the deadline is a date, not a working day)
            action("SA-3", "S3", "TRAINING_REFRESHER", "2026-12-03", "2026-12-25", "2026-12-25", "TRAINING_CONFIRMATION"),
            // due on the last day of the period and still open: not yet overdue at the end of the period
            action("SA-4", "S1", "RECORD_KEEPING", "2026-12-05", "2026-12-31", null, null),
            // opened in November, overdue since 1 December
            action("SA-5", "S4", "RECORD_KEEPING", "2026-11-10", "2026-11-30", null, null),
            // same staff member and category as SA-5, agreed after SA-5 had missed its deadline: carried forward
            action("SA-6", "S4", "RECORD_KEEPING", "2026-12-10", "2027-01-20", null, null),
            // closed early on a statement alone, another team and manager
            action("SA-7", "S5", "OTHER", "2026-12-11", "2026-12-20", "2026-12-19", "STATEMENT_ONLY", "Willow Lodge", "line.manager2"),
            // a closure reopened by a correction reaches the KPIs as open
            action("SA-8", "S6", "RECORD_KEEPING", "2026-12-12", "2026-12-16", null, null));

    @Test
    void every_figure_of_december() {
        SupervisionReport r = kpis.report(DECEMBER, ACTIONS, TODAY);
        assertThat(r.opened()).isEqualTo(7);
        assertThat(r.trace().get("opened")).containsExactly("SA-1", "SA-2", "SA-3", "SA-4", "SA-6", "SA-7", "SA-8");
        assertThat(r.dueInPeriod()).isEqualTo(6);
        assertThat(r.closedOnTime()).isEqualTo(3);
        assertThat(r.trace().get("closedOnTime")).containsExactly("SA-1", "SA-3", "SA-7");
        assertThat(r.onTimeClosurePercent()).isEqualTo(50.0);
        assertThat(r.trace().get("openOverdue")).containsExactly("SA-5", "SA-8");
        assertThat(r.closedWithWeakEvidence()).isEqualTo(2);
        assertThat(r.trace().get("closedWithWeakEvidence")).containsExactly("SA-2", "SA-7");
        assertThat(r.trace().get("repeatActionsCarriedForward")).containsExactly("SA-6");
        assertThat(r.overdueByCategory()).containsOnly(
                java.util.Map.entry("MEDICATION", 1), java.util.Map.entry("RECORD_KEEPING", 2));
        assertThat(r.overdueByManager()).containsOnly(java.util.Map.entry("line.manager", 3));
        assertThat(r.repeatedOverdueThemes()).containsExactly(new Theme("RECORD_KEEPING", 2));
    }

    @Test
    void a_period_still_running_counts_up_to_today() {
        SupervisionReport midMonth = kpis.report(DECEMBER, ACTIONS, LocalDate.of(2026, 12, 20));
        assertThat(midMonth.trace().get("openOverdue")).containsExactly("SA-5", "SA-8");
        assertThat(midMonth.trace().get("missedDeadline")).as("SA-2 is not due until the 24th").containsExactly("SA-8");
    }

    @Test
    void filters_by_team_and_manager() {
        SupervisionReport willow = kpis.report(new ReportScope(DECEMBER.from(), DECEMBER.to(), "Willow Lodge", null), ACTIONS, TODAY);
        assertThat(willow.opened()).isEqualTo(1);
        assertThat(willow.onTimeClosurePercent()).isEqualTo(100.0);
        SupervisionReport lineManager = kpis.report(new ReportScope(DECEMBER.from(), DECEMBER.to(), null, "line.manager"), ACTIONS, TODAY);
        assertThat(lineManager.dueInPeriod()).isEqualTo(5);
        assertThat(lineManager.onTimeClosurePercent()).isEqualTo(40.0);
    }

    @Test
    void percentages_have_one_decimal_and_none_without_actions_due() {
        assertThat(Percent.of(1, 3)).isEqualTo(33.3);
        assertThat(Percent.of(2, 3)).isEqualTo(66.7);
        assertThat(Percent.of(0, 0)).isNull();
        assertThat(kpis.report(ReportScope.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)), ACTIONS, TODAY)
                .onTimeClosurePercent()).isNull();
    }

    @Test
    void persistent_manager_non_compliance_needs_a_missed_deadline_in_every_month() {
        List<ActionFact> quarter = List.of(
                action("Q-1", "S1", "OTHER", "2026-09-20", "2026-10-05", null, null),
                action("Q-2", "S1", "OTHER", "2026-10-20", "2026-11-05", "2026-11-09", "AUDIT_EVIDENCE"),
                action("Q-3", "S2", "OTHER", "2026-11-20", "2026-12-05", null, null),
                action("Q-4", "S3", "OTHER", "2026-10-01", "2026-10-20", null, null, "Willow Lodge", "line.manager2"));
        ManagerNonCompliance.Report report = new ManagerNonCompliance(null, null)
                .report(ReportScope.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), quarter, TODAY);
        assertThat(report.months()).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(report.persistent()).isEqualTo(1);
        assertThat(report.managers().get(0).manager()).isEqualTo("line.manager");
        assertThat(report.managers().get(0).missedByMonth()).containsExactly(
                java.util.Map.entry("2026-10", 1), java.util.Map.entry("2026-11", 1), java.util.Map.entry("2026-12", 1));
        assertThat(report.managers().get(1).persistent()).isFalse();
    }
}
