package uk.care.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionKpis;
import uk.care.tracker.reports.SupervisionReport;

/**
 * A first demo start fills the registers with a synthetic provider's six months and starts live work; a second
 * start adds nothing. Its own database, so the other tests never see the synthetic provider.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:tracker-demo;DB_CLOSE_DELAY=-1", "tracker.demo.history=true"})
@ActiveProfiles({"demo", "test"})
class DemoProviderIT {

    @Autowired DemoProvider provider;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired SupervisionKpis kpis;
    @Autowired Clock clock;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void the_first_start_writes_six_months_of_registers_and_starts_live_work_and_a_second_start_adds_nothing() {
        int actions = count("SELECT COUNT(*) FROM action_tracker WHERE entry_type = 'REGISTERED'");
        assertThat(actions).isGreaterThan(100);
        assertThat(count("SELECT COUNT(*) FROM action_closure_log WHERE closed = TRUE")).isGreaterThan(50);
        assertThat(count("SELECT COUNT(*) FROM overdue_actions_register WHERE entry_type = 'ESCALATED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM workforce_case_closure_register")).isEqualTo(3);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-action").count()).isEqualTo(4);

        // what the dashboard shows for the last six whole months comes from these rows
        YearMonth last = YearMonth.from(clock.today()).minusMonths(1);
        SupervisionReport sixMonths = kpis.report(ReportScope.of(last.minusMonths(5).atDay(1), last.atEndOfMonth()));
        assertThat(sixMonths.dueInPeriod()).isGreaterThan(50);
        assertThat(sixMonths.onTimeClosurePercent()).isBetween(50.0, 95.0);
        assertThat(sixMonths.closedWithWeakEvidence()).isPositive();
        assertThat(sixMonths.repeatActionsCarriedForward()).isPositive();
        assertThat(sixMonths.escalated()).isPositive();
        assertThat(kpis.report(ReportScope.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).opened()).isZero();

        provider.generate();
        assertThat(count("SELECT COUNT(*) FROM action_tracker WHERE entry_type = 'REGISTERED'")).isEqualTo(actions);
    }
}
