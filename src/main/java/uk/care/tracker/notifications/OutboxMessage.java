package uk.care.tracker.notifications;

import uk.care.tracker.security.Person;

/**
 * One message to one person, as it is recorded in the outbox before anything is sent.
 *
 * @param idempotencyKey names the message, e.g. {@code task:42:overdue:2026-12-18:line.manager}; the outbox keeps
 *                       one message per key, so recording it again (rescan, retried job, restart) does nothing
 * @param businessKey    the tracked item it is about, when there is one ({@code SA-2026-000042})
 * @param taskId         the Camunda task it is about, when there is one
 * @param attachment     what to attach, rendered when the message is sent by the {@link MailAttachments} bean that
 *                       knows the reference (e.g. {@code meeting-pack:weekly-overdue-review:2026-12-18}); null for none
 */
public record OutboxMessage(String idempotencyKey, Kind kind, Person recipient, String subject, String textBody,
                            String htmlBody, String businessKey, String taskId, String attachment) {

    /** A message without an attachment. */
    public OutboxMessage(String idempotencyKey, Kind kind, Person recipient, String subject, String textBody,
                         String htmlBody, String businessKey, String taskId) {
        this(idempotencyKey, kind, recipient, subject, textBody, htmlBody, businessKey, taskId, null);
    }

    /** What caused a message (SPEC section 7). */
    public enum Kind {
        TASK_CREATED,
        TASK_ASSIGNED,
        DUE_SOON,
        OVERDUE,
        ESCALATION,
        DIGEST,
        /** A meeting's pack, the working day before the meeting, to its attendees. */
        MEETING_PACK
    }

    /** Where a message is in its delivery. */
    public enum Status {
        /** Waiting for delivery (again, after a failed attempt, from {@code next_attempt_at}). */
        QUEUED,
        SENT,
        /** Every attempt failed; an administrator may retry. */
        FAILED,
        /** The recipient's profile has no email address: reported, not silently skipped. */
        NO_ADDRESS,
        /** No mail server is configured: kept so that a person can read what would have been sent. */
        HELD
    }
}
