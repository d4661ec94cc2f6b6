package uk.care.tracker.tasklist;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A number in the database that changes, in the same transaction, with every committed change to anything a Tasklist
 * filter's count or page can depend on: tasks, their candidate links, authorizations, filters, process definitions,
 * users, groups, memberships and tenants (ADR 0005, decision 5). {@link FilterResponseCache} serves a stored answer
 * only while this number is the one it read before computing that answer.
 *
 * <p>Triggers, not application events: every writer (the engine on any node, Admin, a script, a DBA) moves it. Each is
 * a deferred constraint trigger, so a row is updated at commit (after every other lock the transaction takes, so it
 * adds no deadlock), once per transaction. PostgreSQL only; on H2 (the single-node demo) {@link #current()} is empty
 * and nothing is cached.
 *
 * <p>The number is the sum of {@code tracker.tasklist.version-shards} rows, and a transaction adds 1 to the row its
 * transaction id picks. A row stays locked until its writer's commit is flushed to disk, so with one row every
 * transaction that touched a task waited for the previous one's flush in turn (measured under the timer storm,
 * docs/performance.md); spread over rows they flush together. Every commit still raises the sum, and a reader sees a
 * commit's increment entirely or not at all, so the cache's rule is unchanged: an answer is served only while the
 * sum is the one read before computing it.
 */
@Component
public class TaskVisibilityVersion extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskVisibilityVersion.class);

    static final String TABLE = "sat_tasklist_version";
    /** Every table a cacheable filter query, its authorization check or its HAL page reads. */
    static final List<String> WATCHED = List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION",
            "ACT_RU_FILTER", "ACT_RE_PROCDEF", "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP", "ACT_ID_TENANT",
            "ACT_ID_TENANT_MEMBER");

    private final TasklistProperties properties;
    private volatile JdbcTemplate jdbc;
    private volatile String prefix = "";

    public TaskVisibilityVersion(TasklistProperties properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        if (!properties.responseCache() || !"postgres".equals(configuration.getDatabaseType())) {
            return;
        }
        try {
            ensure(configuration.getDataSource(), configuration.getDatabaseTablePrefix(), properties.versionShards());
            prefix = configuration.getDatabaseTablePrefix();
            jdbc = new JdbcTemplate(configuration.getDataSource());
        } catch (SQLException e) {
            log.warn("Could not create the Tasklist version triggers; Tasklist answers are not cached: {}", e.getMessage());
        }
    }

    /** The current number, or empty when it is not kept (H2, switched off, set-up failed): then cache nothing. */
    public OptionalLong current() {
        JdbcTemplate template = jdbc;
        if (template == null) {
            return OptionalLong.empty();
        }
        Long version = template.queryForObject("SELECT CAST(COALESCE(SUM(version), 0) AS bigint) FROM " + TABLE, Long.class);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /** The stored query of a filter (Camunda's JSON), or null when there is no such filter or nothing is cached. */
    public String filterQuery(String filterId) {
        JdbcTemplate template = jdbc;
        if (template == null) {
            return null;
        }
        List<String> queries = template.queryForList("SELECT QUERY_ FROM " + prefix + "ACT_RU_FILTER WHERE ID_ = ?",
                String.class, filterId);
        return queries.isEmpty() ? null : queries.get(0);
    }

    static void ensure(DataSource dataSource, String prefix, int shards) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id int PRIMARY KEY, version bigint NOT NULL)");
            // rows left over from a larger number of shards keep their counts: the sum never goes down
            sql.execute("INSERT INTO " + TABLE + " SELECT id, 0 FROM generate_series(1, " + shards + ") AS id "
                    + "ON CONFLICT DO NOTHING");
            // once per transaction: the transaction id marks that this one has already moved the number
            sql.execute("CREATE OR REPLACE FUNCTION sat_tasklist_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    + "BEGIN "
                    + "IF current_setting('sat.tasklist_version_tx', true) IS DISTINCT FROM txid_current()::text THEN "
                    + "PERFORM set_config('sat.tasklist_version_tx', txid_current()::text, true); "
                    + "UPDATE " + TABLE + " SET version = version + 1 WHERE id = txid_current() % " + shards + " + 1; "
                    + "END IF; RETURN NULL; END $$");
            for (String watched : WATCHED) {
                String table = (prefix + watched).toLowerCase();
                String trigger = "sat_tlv_" + watched.toLowerCase();
                // a constraint trigger has no OR REPLACE: create it only where it is missing
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '" + trigger + "' AND "
                        + "tgrelid = '" + table + "'::regclass) THEN "
                        + "CREATE CONSTRAINT TRIGGER " + trigger + " AFTER INSERT OR UPDATE OR DELETE ON " + table
                        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sat_tasklist_version_bump(); "
                        + "END IF; END $$");
                sql.execute("CREATE OR REPLACE TRIGGER " + trigger + "_truncate AFTER TRUNCATE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION sat_tasklist_version_bump()");
            }
        }
    }
}
