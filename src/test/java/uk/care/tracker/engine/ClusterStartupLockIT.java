package uk.care.tracker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.support.IntegrationTest;

/** A node waits for another node's start-up, but not for ever: a hung start-up is named, not waited on silently. */
class ClusterStartupLockIT extends IntegrationTest {

    @Autowired DataSource dataSource;

    @Test
    void aNodeGivesUpWaitingForAHungStartUpWithAReasonAndStartsOnceItIsOver() throws Exception {
        try (Connection probe = dataSource.getConnection()) {
            assumeThat(probe.getMetaData().getDatabaseProductName()).as("advisory locks are PostgreSQL's").containsIgnoringCase("postgres");
        }
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(true);
            advisory(otherNode, "pg_advisory_lock");

            assertThatThrownBy(() -> new ClusterStartupLock(dataSource, Duration.ofSeconds(2)))
                    .hasMessageContaining("still holds the start-up lock")
                    .hasMessageContaining("tracker.cluster.startup-wait");

            advisory(otherNode, "pg_advisory_unlock");
        }
        ClusterStartupLock lock = new ClusterStartupLock(dataSource, Duration.ofSeconds(2));
        try {
            assertThat(lock.held()).isTrue();
        } finally {
            lock.destroy();
        }
        assertThat(lock.held()).isFalse();
    }

    private static void advisory(Connection connection, String function) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, ClusterStartupLock.LOCK_KEY);
            statement.execute();
        }
    }
}
