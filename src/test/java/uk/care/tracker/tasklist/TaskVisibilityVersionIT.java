package uk.care.tracker.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.support.IntegrationTest;

/**
 * The Tasklist version on PostgreSQL (ADR 0005 decision 5, ADR 0006 decision 7): two transactions that both change
 * what Tasklist shows commit without waiting for each other's commit, and each commit still raises the version the
 * response cache compares. With one row for every writer the second commit waits for the first and fails here on
 * its lock timeout.
 */
class TaskVisibilityVersionIT extends IntegrationTest {

    @Autowired DataSource dataSource;
    @Autowired TaskVisibilityVersion version;
    @Autowired TasklistProperties properties;

    @BeforeEach
    void onlyOnPostgres() {
        assumeThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
                .isEqualTo("postgres");
    }

    @Test
    void a_writer_does_not_wait_for_another_writers_commit_and_every_commit_raises_the_version() throws Exception {
        String groupA = "tlv-a-" + UUID.randomUUID();
        String groupB = "tlv-b-" + UUID.randomUUID();
        long before = version.current().orElseThrow();
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            long txA = addGroup(a, groupA);
            long txB = addGroup(b, groupB);
            // consecutive transactions use different rows; should another transaction have come between, take the next
            for (int attempt = 0; attempt < 3 && txA % properties.versionShards() == txB % properties.versionShards(); attempt++) {
                b.rollback();
                txB = addGroup(b, groupB);
            }
            // A's deferred trigger runs now, as at its commit: A holds its row until it ends
            execute(a, "SET CONSTRAINTS ALL IMMEDIATE");
            execute(b, "SET LOCAL lock_timeout = '30s'");
            b.commit();
            long afterB = version.current().orElseThrow();
            assertThat(afterB).as("B's commit raised the version while A was still open").isGreaterThan(before);

            a.commit();
            assertThat(version.current().orElseThrow()).as("A's commit raised it again").isGreaterThan(afterB);
        } finally {
            jdbc.update("DELETE FROM ACT_ID_GROUP WHERE ID_ IN (?, ?)", groupA, groupB);
        }
    }

    /** Adds a group (a table Tasklist's answers depend on) in the connection's open transaction; answers its id. */
    private static long addGroup(Connection connection, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) VALUES (?, 1, ?, 'WORKFLOW')")) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.executeUpdate();
        }
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("SELECT txid_current()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
