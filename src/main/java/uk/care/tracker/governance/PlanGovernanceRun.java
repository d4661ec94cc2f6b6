package uk.care.tracker.governance;

import static uk.care.tracker.governance.GovernanceVariables.*;

import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.WorkingDays;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.registers.RegisterEntry;

/**
 * The monthly-governance timer wakes on each of the first days of a month; only on the first working day, and
 * only if last month's summaries do not exist yet, does the run go ahead. It covers the previous calendar month,
 * and on the first working day of a quarter also the previous quarter. The run is keyed {@code GOV-2026-11}.
 */
@Component
class PlanGovernanceRun implements ExecutionListener {

    private final Clock clock;
    private final WorkingDays workingDays;
    private final JdbcTemplate jdbc;
    private final ProcessStart processStart;

    public PlanGovernanceRun(Clock clock, WorkingDays workingDays, JdbcTemplate jdbc, ProcessStart processStart) {
        this.clock = clock;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.processStart = processStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LocalDate today = clock.today();
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        LocalDate firstWorkingDay = workingDays.onOrAfter(today.withDayOfMonth(1));
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM workforce_assurance_summary WHERE period_from = ?",
                Integer.class, java.sql.Date.valueOf(previous.atDay(1)));
        boolean due = today.equals(firstWorkingDay) && (done == null || done == 0);
        execution.setVariable(MONTH_DUE, due);
        execution.setVariable(PERIOD_FROM, previous.atDay(1).toString());
        execution.setVariable(PERIOD_TO, previous.atEndOfMonth().toString());
        boolean quarter = (today.getMonthValue() - 1) % 3 == 0;
        execution.setVariable(QUARTER_DUE, due && quarter);
        execution.setVariable(QUARTER_FROM, previous.minusMonths(2).atDay(1).toString());
        execution.setVariable(QUARTER_TO, previous.atEndOfMonth().toString());
        processStart.beginWithKey(execution, "GOV-" + previous, RegisterEntry.SYSTEM,
                due ? "Monthly governance for " + previous : "Not the first working day of the month, or already done");
    }
}
