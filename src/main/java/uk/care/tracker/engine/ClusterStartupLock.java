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
import org.springframework.beans.factory.annotation.Value;
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

    public ClusterStartupLock(DataSource dataSource,
                              @Value("${tracker.cluster.startup-wait:PT10M}") Duration longestWait) throws SQLException {
        Connection candidate = dataSource.getConnection();
        try {
            if (!candidate.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                candidate.close();
                return;
            }
            candidate.setAutoCommit(true);
            if (!tryLock(candidate)) {
                waitForTheOtherNode(candidate, longestWait);
            }
            connection = candidate;
        } catch (SQLException | RuntimeException e) {
            candidate.close();
            throw e;
        }
    }

    /**
     * A node that dies while starting frees the lock at once; one that hangs keeps it. Rather than wait for ever
     * (and look to an operator like a node that will not start for no reason), give up after a while and say why.
     */
    private static void waitForTheOtherNode(Connection connection, Duration longestWait) throws SQLException {
        Instant since = Instant.now();
        Instant giveUp = since.plus(longestWait);
        log.info("Another node is starting on this database; waiting up to {} for it to finish its start-up", longestWait);
        while (!tryLock(connection)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Another node has been starting on this database for more than " + longestWait
                        + " and still holds the start-up lock (PostgreSQL advisory lock " + LOCK_KEY + "); look for a node "
                        + "that hangs in its start-up, or raise tracker.cluster.startup-wait");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for another node's start-up", e);
            }
        }
        log.info("The other node's start-up finished after {} s; starting", Duration.between(since, Instant.now()).toSeconds());
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
