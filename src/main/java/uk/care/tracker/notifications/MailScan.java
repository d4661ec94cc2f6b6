package uk.care.tracker.notifications;

/**
 * A scheduled check that records messages in the {@link Outbox}, run by {@link NotificationSchedule} beside the
 * reminder scan, under the same cluster-wide lock (one node per interval) and not at all when
 * {@code tracker.notifications.scheduling=false}. It reads the application's clock and records each message with
 * an idempotency key, so running it again, on any node or after a restart, records nothing twice.
 */
public interface MailScan {

    void scan();
}
