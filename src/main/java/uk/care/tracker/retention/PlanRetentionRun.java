package uk.care.tracker.retention;

import static uk.care.tracker.retention.RetentionVariables.RUN_DUE;
import static uk.care.tracker.retention.RetentionVariables.RUN_KEY;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.ProcessStart;
import uk.care.tracker.registers.RegisterEntry;

/**
 * The retention run wakes once a month; it is keyed {@code RET-2026-12} after its month, and goes ahead only if no
 * run of that month has found anything yet (a second start in the same month ends at once).
 */
@Component
class PlanRetentionRun implements ExecutionListener {

    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ProcessStart processStart;

    public PlanRetentionRun(Clock clock, JdbcTemplate jdbc, ProcessStart processStart) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.processStart = processStart;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String key = "RET-" + YearMonth.from(clock.today());
        Integer started = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE business_key = ? AND action = 'PROCESS_STARTED'",
                Integer.class, key);
        boolean due = started == null || started == 0;
        execution.setVariable(RUN_DUE, due);
        execution.setVariable(RUN_KEY, key);
        processStart.beginWithKey(execution, key, RegisterEntry.SYSTEM,
                due ? "Retention run for " + YearMonth.from(clock.today()) : "A retention run of this month exists already");
    }
}
