package uk.care.tracker.tasklist;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL what it needs to answer Camunda's authorization-checked task query (Tasklist's filter counts and
 * lists) in time proportional to the visible tasks, not to their square (ADR 0005).
 *
 * <p>Camunda joins the task query to the caller's authorization rows {@code ON AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_,
 * '*')} and filters those rows by {@code PERMS_ & 2 = 2} (READ on the task) or {@code PERMS_ & 64 = 64} (READ_TASK on
 * the process definition). PostgreSQL has no statistics for a bit mask and guesses that 0.5% of a group's rows pass,
 * i.e. ~130 rows where there is one per open task of the group; it then compares every visible task with every such
 * row (a nested loop over a materialized list, 676 million comparisons at 26,000 visible tasks). The expression
 * statistics below give it the true share, and the partial index, shaped for exactly that join, turns each task's
 * check into one probe of an index holding only the rows that can grant a task read.
 *
 * <p>Runs after the engine has created or updated its schema (the application's Flyway migrations run before the
 * engine's tables exist on an empty database, so they cannot do this). Idempotent; a failure is logged, never stops the
 * application (the queries stay correct without it, only slower). H2 (the demo) has neither partial indexes nor
 * expression statistics and needs neither at demo size: nothing is done there.
 */
@Component
public class TaskAuthorizationIndex extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskAuthorizationIndex.class);

    static final String INDEX = "sat_idx_auth_task_read";
    static final List<String> STATISTICS = List.of("sat_stat_auth_perms_read", "sat_stat_auth_perms_read_task");

    private final TasklistProperties properties;

    public TaskAuthorizationIndex(TasklistProperties properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        if (!properties.databaseTuning() || !"postgres".equals(configuration.getDatabaseType())) {
            return;
        }
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
        try {
            ensure(configuration.getDataSource(), table);
        } catch (SQLException e) {
            log.warn("Could not create the task authorization index or statistics on {}; Tasklist stays correct but slow "
                    + "with many open tasks: {}", table, e.getMessage());
        }
    }

    static void ensure(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // resource types: 6 PROCESS_DEFINITION, 7 TASK; permissions: 2 READ, 64 READ_TASK; types 0 GLOBAL, 1 GRANT
            statement.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON " + table + " (RESOURCE_ID_) WHERE TYPE_ < 2 AND "
                    + "((RESOURCE_TYPE_ = 7 AND (PERMS_ & 2) = 2) OR (RESOURCE_TYPE_ = 6 AND (PERMS_ & 64) = 64))");
            boolean analyze = false;
            int[] bits = {2, 64};
            for (int i = 0; i < bits.length; i++) {
                if (!exists(statement, STATISTICS.get(i))) {
                    statement.execute("CREATE STATISTICS IF NOT EXISTS " + STATISTICS.get(i) + " ON ((PERMS_ & " + bits[i]
                            + ")) FROM " + table);
                    analyze = true;
                }
            }
            if (analyze) {
                // expression statistics are filled by ANALYZE; autovacuum would do it later, the first Tasklist now
                statement.execute("ANALYZE " + table);
                log.info("Created the task authorization index and statistics on {}", table);
            }
        }
    }

    private static boolean exists(Statement statement, String statisticsName) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = "
                + "s.stxnamespace WHERE s.stxname = '" + statisticsName + "' AND n.nspname = current_schema()")) {
            return rs.next();
        }
    }
}
