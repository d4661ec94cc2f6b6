package uk.care.tracker.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.support.IntegrationTest;

/**
 * ADR 0005 on PostgreSQL: the index and statistics exist, the pool's connections plan with the parameter values and
 * without JIT, and Camunda's authorization-checked count of "My team's tasks" is planned as one index probe per task,
 * not as a comparison of every task with every authorization row. Asserts the plan's shape, never a time. On H2 there
 * is nothing to check.
 */
class TaskAuthorizationIndexIT extends IntegrationTest {

    /** The count Tasklist asks for "My team's tasks", as Camunda 7.24 writes it for registered.manager (issue 12). */
    static final String TEAM_COUNT = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES "
            + "left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ "
            + "left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( 'registered.manager', '*') "
            + "OR A.GROUP_ID_ IN ( 'registered-managers' ) ) AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 "
            + "OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )) "
            + "WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( 'registered-managers' ) ) ) ) "
            + "and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is null ) ) countDistinct";

    @Autowired DataSource dataSource;

    @BeforeEach
    void onlyOnPostgres() {
        assumeThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
                .isEqualTo("postgres");
    }

    @Test
    void the_index_and_the_statistics_exist_and_connections_plan_with_the_values() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE indexname = ?", Integer.class,
                TaskAuthorizationIndex.INDEX)).isEqualTo(1);
        for (String statistics : TaskAuthorizationIndex.STATISTICS) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_statistic_ext WHERE stxname = ?", Integer.class,
                    statistics)).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
    }

    @Test
    void the_team_count_probes_the_index_once_per_task_instead_of_comparing_every_pair() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                // 4,000 open tasks, half of them registered-managers', with the rows the engine writes for each
                sql.execute("CREATE TEMP TABLE t_seed ON COMMIT DROP AS SELECT gen_random_uuid()::text AS id, g, "
                        + "(SELECT id_ FROM act_re_procdef WHERE key_ = 'supervision-action' ORDER BY version_ DESC LIMIT 1) AS def, "
                        + "CASE WHEN g % 2 = 0 THEN 'registered-managers' ELSE 'deputy-managers' END AS grp "
                        + "FROM generate_series(1, 4000) g");
                sql.execute("INSERT INTO act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, proc_def_id_, act_id_, "
                        + "is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_, "
                        + "sequence_counter_) SELECT id, 1, id, id, def, 'Task_OverdueReview', true, false, true, false, 1, 0, 1 "
                        + "FROM t_seed");
                sql.execute("INSERT INTO act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, "
                        + "priority_, create_time_, suspension_state_) SELECT id, 1, id, id, def, 'Review', 'Task_OverdueReview', "
                        + "50, now(), 1 FROM t_seed");
                sql.execute("INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) "
                        + "SELECT gen_random_uuid()::text, 1, grp, 'candidate', id FROM t_seed");
                sql.execute("INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_) "
                        + "SELECT gen_random_uuid()::text, 1, 1, grp, 7, id, 16386 FROM t_seed");
                sql.execute("ANALYZE act_ru_task");
                sql.execute("ANALYZE act_ru_identitylink");
                sql.execute("ANALYZE act_ru_authorization");
                String plan;
                try (ResultSet rs = sql.executeQuery("EXPLAIN " + TEAM_COUNT)) {
                    StringBuilder text = new StringBuilder();
                    while (rs.next()) {
                        text.append(rs.getString(1)).append('\n');
                    }
                    plan = text.toString();
                }
                try (ResultSet rs = sql.executeQuery(TEAM_COUNT)) {
                    rs.next();
                    assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(2000);
                }
                assertThat(plan).as(plan).contains(TaskAuthorizationIndex.INDEX).doesNotContain("Materialize");
            } finally {
                connection.rollback();
            }
        }
    }
}
