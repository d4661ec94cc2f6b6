package uk.care.tracker.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.care.tracker.notifications.OutboxMessage.Status;

/**
 * Delivers queued messages with Spring Mail, one per transaction: the row is locked ({@code FOR UPDATE SKIP
 * LOCKED}, so two nodes never take the same message), sent, and marked SENT in the same transaction, which
 * commits right after the SMTP server accepted the message. A failure counts an attempt and waits, doubling the
 * wait each time ({@link NotificationProperties#retryAfter}); after the last attempt the message is FAILED.
 * <p>
 * The one window left is a crash between the server's acceptance and the commit: the row is still QUEUED and is
 * sent again (at least once, never lost). Its Message-ID is stable, so a mail client or Mailpit can fold the copy.
 * An unreachable server ends the run at the first failure, so an outage costs one attempt per run, not one per
 * message.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final ObjectProvider<MailAttachments> attachments;

    public MailDispatcher(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction,
                          ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
                          ObjectProvider<MailAttachments> attachments) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mailSender = mailSender;
        this.properties = properties;
        this.attachments = attachments;
    }

    /** Delivers what is due now, at most one batch; answers how many were sent. */
    public int dispatchDue() {
        return dispatch(Instant.now(), properties.batchSize());
    }

    /** Delivers up to {@code max} messages whose next attempt is due at {@code dueBy}. */
    int dispatch(Instant dueBy, int max) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (sent < max) {
            Boolean delivered = transaction.execute(status -> deliverNext(sender, dueBy));
            if (delivered == null || !delivered) {
                return sent;
            }
            sent++;
        }
        return sent;
    }

    /** True when a message was sent; false when none was due or the attempt failed (which ends the run). */
    private Boolean deliverNext(JavaMailSender sender, Instant dueBy) {
        List<Map<String, Object>> due = jdbc.queryForList("""
                SELECT id, idempotency_key, kind, recipient_email, subject, text_body, html_body, business_key, attachment,
                    attempts
                FROM notification_outbox
                WHERE status = 'QUEUED' AND next_attempt_at <= :dueBy
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", new MapSqlParameterSource("dueBy", Timestamp.from(dueBy)));
        if (due.isEmpty()) {
            return null;
        }
        Map<String, Object> row = due.get(0);
        long id = ((Number) row.get("id")).longValue();
        try {
            sender.send(mimeMessage(sender, row));
        } catch (MailException | MessagingException | AttachmentException e) {
            failed(id, ((Number) row.get("attempts")).intValue() + 1, e);
            return false;
        }
        jdbc.update("UPDATE notification_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = :now, "
                + "last_error = NULL WHERE id = :id", new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(Instant.now())));
        return true;
    }

    private void failed(long id, int attempts, Exception e) {
        boolean last = attempts >= properties.maxAttempts();
        Instant next = Instant.now().plus(properties.retryAfter(attempts));
        String error = Outbox.truncate(describe(e), 2000);
        jdbc.update("UPDATE notification_outbox SET status = :status, attempts = :attempts, next_attempt_at = :next, "
                        + "last_error = :error WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("attempts", attempts).addValue("error", error)
                        .addValue("status", (last ? Status.FAILED : Status.QUEUED).name())
                        .addValue("next", Timestamp.from(next)));
        if (last) {
            log.error("Gave up on message {} after {} attempts: {}", id, attempts, error);
        } else {
            log.warn("Could not send message {} (attempt {} of {}), trying again from {}: {}", id, attempts,
                    properties.maxAttempts(), next, error);
        }
    }

    private MimeMessage mimeMessage(JavaMailSender sender, Map<String, Object> row) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo((String) row.get("recipient_email"));
        helper.setSubject((String) row.get("subject"));
        helper.setText((String) row.get("text_body"), (String) row.get("html_body"));
        // the same message keeps the same id however often it is attempted; Spring Mail keeps an explicit id
        message.setHeader("Message-ID", "<outbox-" + row.get("id") + "@supervision-action-tracker>");
        message.setHeader("X-Tracker-Kind", (String) row.get("kind"));
        if (row.get("business_key") != null) {
            message.setHeader("X-Tracker-Reference", (String) row.get("business_key"));
        }
        message.setHeader("X-Tracker-Message-Key", (String) row.get("idempotency_key"));
        String reference = (String) row.get("attachment");
        if (reference != null) {
            MailAttachments.Attachment attachment = attachment(reference);
            helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        return message;
    }

    /** Rendered now, so the file is the current one; a failure is a failed attempt, retried like an outage. */
    private MailAttachments.Attachment attachment(String reference) {
        try {
            return attachments.orderedStream().map(a -> a.render(reference)).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new AttachmentException("Nothing renders the attachment '" + reference + "'", null));
        } catch (AttachmentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AttachmentException("Could not render the attachment '" + reference + "': " + describe(e), e);
        }
    }

    static final class AttachmentException extends RuntimeException {
        AttachmentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Spring Mail's and Jakarta Mail's messages already name the nested cause ("Connection refused"). */
    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }
}
