package uk.care.tracker.tasklist;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers in the database that change, in the same transaction, with every committed change to anything a Tasklist
 * filter's count or page can depend on (ADR 0005, decisions 5 and 6). {@link FilterResponseCache} serves a stored
 * answer only while the caller's {@link Token} is the one it read before computing that answer.
 *
 * <p>Per scope, so that a change to one team's task does not throw away everybody's answers: a change to a task, its
 * candidate links or its per-task grants moves the scopes ({@code g:group}, {@code u:user}) of everyone holding a
 * grant on that task before or after the change; in Camunda nobody else can see it (candidacy alone shows nothing).
 * Everything else (grants wider than one task, filters, definitions, users, groups, memberships, tenants) moves
 * {@code global}. A caller's token is the sum over {@code global}, their user and their groups; a caller who may read
 * tasks beyond per-task grants (a grant on a definition or on every task, an administrator) sums every row instead.
 *
 * <p>Triggers, not application events: every writer (the engine on any node, Admin, a script) moves them. Plain row
 * triggers note the scopes in the transaction (no lock taken); a deferred constraint trigger adds one to each noted
 * scope at commit, once per transaction, in scope order, so two committing writers never wait for each other in a
 * cycle. Each scope is spread over {@code tracker.tasklist.version-shards} rows picked by transaction id, so writers
 * of one team do not queue for one row (ADR 0006, decision 7). PostgreSQL only; on H2 (the single-node demo) nothing
 * is kept and nothing is cached.
 */
@Component
public class TaskVisibilityVersion extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskVisibilityVersion.class);

    static final String TABLE = "sat_tasklist_scope_version";
    /** Where a change to a task, its candidate links or its per-task grants is narrowed to who may see the task. */
    static final Set<String> PER_TASK = Set.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION");
    /** Every table a cacheable filter query, its authorization check or its HAL page reads. */
    static final List<String> WATCHED = List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION",
            "ACT_RU_FILTER", "ACT_RE_PROCDEF", "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP", "ACT_ID_TENANT",
            "ACT_ID_TENANT_MEMBER");
    /** A transaction touching more scopes than this is a bulk change: it moves {@code global} only. */
    static final int BULK_SCOPES = 100;

    /**
     * What a stored answer is compared with. {@code everyTask}: summed over every scope (the caller may read tasks
     * beyond per-task grants); part of the token, so an answer never survives the caller moving between the two sums.
     */
    public record Token(boolean everyTask, long sum) {
    }

    private final TasklistProperties properties;
    private volatile JdbcTemplate jdbc;
    private volatile String prefix = "";
    private volatile ProcessEngineConfigurationImpl engine;

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
            engine = configuration;
            jdbc = new JdbcTemplate(configuration.getDataSource());
        } catch (SQLException e) {
            log.warn("Could not create the Tasklist version triggers; Tasklist answers are not cached: {}", e.getMessage());
        }
    }

    /** The sum over every scope: moves with every change to anything watched. Empty when nothing is kept (H2). */
    public OptionalLong current() {
        JdbcTemplate template = jdbc;
        if (template == null) {
            return OptionalLong.empty();
        }
        Long version = template.queryForObject("SELECT CAST(COALESCE(SUM(version), 0) AS bigint) FROM " + TABLE, Long.class);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /**
     * The token of a caller as the engine will check them: their user and groups. Empty when nothing is kept (H2,
     * switched off, set-up failed): then cache nothing.
     */
    public Optional<Token> current(String user, Collection<String> groups) {
        JdbcTemplate template = jdbc;
        ProcessEngineConfigurationImpl configuration = engine;
        if (template == null || configuration == null) {
            return Optional.empty();
        }
        List<String> scopes = new ArrayList<>();
        scopes.add("global");
        scopes.add("u:" + user);
        groups.forEach(group -> scopes.add("g:" + group));
        // the engine checks nothing for these, so every task is theirs to see
        boolean everyTask = !properties.narrowVersions() || !configuration.isAuthorizationEnabled()
                || configuration.getAdminUsers().contains(user)
                || groups.stream().anyMatch(configuration.getAdminGroups()::contains);
        // One statement, so the grants and the versions are read from one snapshot. The wide grants are found by
        // resource id ('*' and the definition keys: an index probe each), never by scanning the group's grants, of
        // which there is one per task; materialized, so it is evaluated once.
        String sql = "WITH caller AS MATERIALIZED (SELECT ? OR EXISTS (SELECT 1 FROM " + prefix + "ACT_RU_AUTHORIZATION a "
                + "WHERE a.RESOURCE_ID_ = ANY (ARRAY(SELECT '*' UNION ALL SELECT d.KEY_ FROM " + prefix + "ACT_RE_PROCDEF d)) "
                + "AND a.TYPE_ < 2 AND (a.USER_ID_ IN (?, '*') OR a.GROUP_ID_ = ANY (?)) "
                + "AND ((a.RESOURCE_TYPE_ = 7 AND a.PERMS_ & 2 = 2) OR (a.RESOURCE_TYPE_ = 6 AND a.PERMS_ & 64 = 64))) "
                + "AS every_task) "
                + "SELECT every_task, CASE WHEN every_task "
                + "THEN (SELECT CAST(COALESCE(SUM(v.version), 0) AS bigint) FROM " + TABLE + " v) "
                + "ELSE (SELECT CAST(COALESCE(SUM(v.version), 0) AS bigint) FROM " + TABLE + " v WHERE v.scope = ANY (?)) "
                + "END FROM caller";
        return Optional.ofNullable(template.execute((Connection connection) -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                Array groupArray = connection.createArrayOf("text", groups.toArray());
                Array scopeArray = connection.createArrayOf("text", scopes.toArray());
                query.setBoolean(1, everyTask);
                query.setString(2, user);
                query.setArray(3, groupArray);
                query.setArray(4, scopeArray);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? new Token(row.getBoolean(1), row.getLong(2)) : null;
                }
            }
        }));
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
            for (String statement : VersionTriggers.functions(prefix, shards)) {
                sql.execute(statement);
            }
            for (String watched : WATCHED) {
                String table = (prefix + watched).toLowerCase();
                String name = watched.toLowerCase();
                // the single version of before (one number for every change) is replaced, not kept alongside
                sql.execute("DROP TRIGGER IF EXISTS sat_tlv_" + name + " ON " + table);
                sql.execute("DROP TRIGGER IF EXISTS sat_tlv_" + name + "_truncate ON " + table);
                String note = PER_TASK.contains(watched) ? "sat_tlv_note_" + name : "sat_tlv_note_global";
                sql.execute("CREATE OR REPLACE TRIGGER sat_tlv_note_" + name + " AFTER INSERT OR UPDATE OR DELETE ON "
                        + table + " FOR EACH ROW EXECUTE FUNCTION " + note + "()");
                // a constraint trigger has no OR REPLACE: create it only where it is missing
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'sat_tlv_flush_" + name
                        + "' AND tgrelid = '" + table + "'::regclass) THEN "
                        + "CREATE CONSTRAINT TRIGGER sat_tlv_flush_" + name + " AFTER INSERT OR UPDATE OR DELETE ON "
                        + table + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sat_tlv_flush(); "
                        + "END IF; END $$");
                sql.execute("CREATE OR REPLACE TRIGGER sat_tlv_truncate_" + name + " AFTER TRUNCATE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION sat_tlv_bump_global()");
            }
            sql.execute("DROP FUNCTION IF EXISTS sat_tasklist_version_bump()");
            // nodes of the version before read this table: without it they refuse Tasklist's filter calls (500)
            // rather than serve answers nothing moves any more
            sql.execute("DROP TABLE IF EXISTS sat_tasklist_version");
        }
    }
}
