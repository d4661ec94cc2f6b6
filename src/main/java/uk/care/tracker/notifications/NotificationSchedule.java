package uk.care.tracker.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the reminder scan, the digest check, the other {@link MailScan}s (the meeting packs) and the delivery on their intervals. Off with
 * {@code tracker.notifications.scheduling=false} (the tests call the same methods themselves).
 * <p>
 * With several nodes (ADR 0006): the scan and the digest run on one node per interval, whichever takes the
 * cluster-wide lock {@value #SCAN_LOCK} first; the lock is held at least 90% of the interval, so the other nodes,
 * whose timers fire at other moments, find it taken until the next interval, and at most
 * {@code scan-lock-at-most-for}, after which a node that died in the middle of a scan no longer blocks the others.
 * Delivery runs on every node: each message is claimed by one node with {@code FOR UPDATE SKIP LOCKED}
 * ({@link MailDispatcher}), so the nodes share the queue and never send one message twice. Both steps stay
 * idempotent through the outbox's keys, so even a lock lost to a long pause records nothing twice.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tracker.notifications.scheduling", havingValue = "true", matchIfMissing = true)
public class NotificationSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

    private final ReminderScan scan;
    private final WeeklyDigest digest;
    private final MailDispatcher dispatcher;
    private final NotificationProperties properties;
    private final LockingTaskExecutor locking;
    private final List<MailScan> otherScans;

    static final String SCAN_LOCK = "reminder-scan";

    public NotificationSchedule(ReminderScan scan, WeeklyDigest digest, MailDispatcher dispatcher,
                                NotificationProperties properties, LockingTaskExecutor locking, List<MailScan> otherScans) {
        this.scan = scan;
        this.digest = digest;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.locking = locking;
        this.otherScans = otherScans;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> run("reminder scan", this::scanOnOneNode), properties.scanInterval());
        registrar.addFixedDelayTask(() -> run("mail delivery", dispatcher::dispatchDue), properties.dispatchInterval());
    }

    /** The scan and the digest, on this node if no other node has run them within this interval. */
    void scanOnOneNode() {
        Duration interval = properties.scanInterval();
        Duration atLeast = interval.minus(interval.dividedBy(10));
        Duration atMost = properties.scanLockAtMostFor().compareTo(atLeast) > 0 ? properties.scanLockAtMostFor() : atLeast;
        locking.executeWithLock((Runnable) () -> {
            scan.scan();
            digest.sendIfDue();
            // the meeting packs and any other scan: one failing does not keep the others from running
            otherScans.forEach(other -> run(other.getClass().getSimpleName(), other::scan));
        }, new LockConfiguration(Instant.now(), SCAN_LOCK, atMost, atLeast));
    }

    private static void run(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.error("The {} failed; it runs again at its next interval", what, e);
        }
    }
}
