package uk.care.tracker.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the reminder scan, the digest check and the delivery on their intervals. Off with
 * {@code tracker.notifications.scheduling=false} (the tests call the same methods themselves). Every step is
 * idempotent and locks what it sends, so several nodes may run it at once.
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

    public NotificationSchedule(ReminderScan scan, WeeklyDigest digest, MailDispatcher dispatcher,
                                NotificationProperties properties) {
        this.scan = scan;
        this.digest = digest;
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> run("reminder scan", () -> {
            scan.scan();
            digest.sendIfDue();
        }), properties.scanInterval());
        registrar.addFixedDelayTask(() -> run("mail delivery", dispatcher::dispatchDue), properties.dispatchInterval());
    }

    private static void run(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.error("The {} failed; it runs again at its next interval", what, e);
        }
    }
}
