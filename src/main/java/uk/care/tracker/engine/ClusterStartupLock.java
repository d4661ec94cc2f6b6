package uk.care.tracker.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One node at a time starts up (ADR 0006). On PostgreSQL a node takes a session-level advisory lock before the
 * process engine is built and lets it go once the application is ready, so that everything a start does to the
 * shared database happens on one node after the other: the engine's schema creation or upgrade (two engines
 * creating it at once failed with ENGINE-03015), the deployment of the processes, the first administrator, the
 * care groups, authorizations and filters, the demo users and the demo provider. Flyway, which takes its own lock,
 * runs before the engine ({@link EngineDependsOnFlyway}). A node that dies while starting loses its database
 * session, and with it the lock, so the next node goes on.
 * <p>
 * H2 (the single-node demo) has no advisory locks and needs none: nothing is taken there.
 */
@Component
public class ClusterStartupLock implements DisposableBean {

    /** Any fixed number; names this application's start-up among the database's advisory locks. */
    static final long LOCK_KEY = 0x5A7_C1A5_7E2L;

    private static final Logger log = LoggerFactory.getLogger(ClusterStartupLock.class);

    private Connection connection;

    public ClusterStartupLock(DataSource dataSource) throws SQLException {
        Connection candidate = dataSource.getConnection();
        try {
            if (!candidate.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                candidate.close();
                return;
            }
            candidate.setAutoCommit(true);
            if (!tryLock(candidate)) {
                Instant since = Instant.now();
                log.info("Another node is starting on this database; waiting for it to finish its start-up");
                try (PreparedStatement lock = candidate.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    lock.execute();
                }
                log.info("The other node's start-up finished after {} s; starting", Duration.between(since, Instant.now()).toSeconds());
            }
            connection = candidate;
        } catch (SQLException | RuntimeException e) {
            candidate.close();
            throw e;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Held while this node starts: the engine, the deployments and the start-up listeners. */
    public synchronized boolean held() {
        return connection != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void started() {
        release();
    }

    @EventListener(ApplicationFailedEvent.class)
    public void failed() {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (connection == null) {
            return;
        }
        try (Connection held = connection; PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        } catch (SQLException e) {
            // closing the connection ends the lock too (the pool may keep the physical connection, hence the unlock)
            log.warn("Could not release the start-up lock cleanly: {}", e.getMessage());
        } finally {
            connection = null;
        }
    }
}
