package uk.care.tracker.notifications;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.notifications.OutboxMessage.Status;
import uk.care.tracker.security.Person;

/**
 * Records messages in the {@code notification_outbox} table, in the caller's transaction: a message exists exactly
 * when the event that caused it was committed (a task created, an escalation written). Delivery is the
 * {@link MailDispatcher}'s business. Recording the same idempotency key again does nothing.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final boolean mailServerConfigured;
    private final boolean postgres;

    @Autowired
    public Outbox(NamedParameterJdbcTemplate jdbc, Clock clock, ObjectProvider<JavaMailSender> mailSender, DataSource dataSource) {
        this(jdbc, clock, mailSender.getIfAvailable() != null, isPostgres(dataSource));
    }

    Outbox(NamedParameterJdbcTemplate jdbc, Clock clock, boolean mailServerConfigured, boolean postgres) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailServerConfigured = mailServerConfigured;
        this.postgres = postgres;
    }

    public boolean mailServerConfigured() {
        return mailServerConfigured;
    }

    public boolean isRecorded(String idempotencyKey) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE idempotency_key = :key",
                new MapSqlParameterSource("key", idempotencyKey), Integer.class);
        return count != null && count > 0;
    }

    /**
     * Records the message unless its key is already recorded; answers whether it was recorded now. A recipient
     * without an email address is recorded as {@link Status#NO_ADDRESS} and logged, so an administrator sees who
     * missed a reminder.
     */
    public boolean record(OutboxMessage message) {
        // checked first: on PostgreSQL a failed insert would abort the caller's (the engine's) transaction
        if (isRecorded(message.idempotencyKey())) {
            return false;
        }
        Person recipient = message.recipient();
        Status status = !recipient.hasEmail() ? Status.NO_ADDRESS : mailServerConfigured ? Status.QUEUED : Status.HELD;
        if (status == Status.NO_ADDRESS) {
            log.warn("Reminder '{}' for user '{}' cannot be emailed: their profile has no email address. Add one in Admin, "
                    + "then retry it on the notifications page.", message.subject(), recipient.userId());
        }
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("key", message.idempotencyKey())
                .addValue("kind", message.kind().name())
                .addValue("userId", recipient.userId())
                .addValue("email", recipient.hasEmail() ? recipient.email().trim() : null)
                .addValue("subject", truncate(message.subject(), 500))
                .addValue("text", message.textBody())
                .addValue("html", message.htmlBody())
                .addValue("businessKey", message.businessKey())
                .addValue("taskId", message.taskId())
                .addValue("attachment", message.attachment())
                .addValue("createdAt", Timestamp.from(clock.now()))
                .addValue("status", status.name())
                .addValue("nextAttemptAt", Timestamp.from(Instant.now()));
        // a second node that recorded the same message a moment ago is not an error (PostgreSQL can say so atomically)
        String onConflict = postgres ? " ON CONFLICT (idempotency_key) DO NOTHING" : "";
        return jdbc.update("""
                INSERT INTO notification_outbox (idempotency_key, kind, recipient_user_id, recipient_email, subject,
                    text_body, html_body, business_key, task_id, attachment, created_at, status, attempts, next_attempt_at)
                VALUES (:key, :kind, :userId, :email, :subject, :text, :html, :businessKey, :taskId, :attachment, :createdAt,
                    :status, 0, :nextAttemptAt)""" + onConflict, p) == 1;
    }

    // ---- what the notifications page reads and does ----------------------------------------------------------

    /** One message as the notifications page shows it; the bodies only when one message is asked for. */
    public record Entry(long id, String kind, String status, String recipientUserId, String recipientEmail,
                        String subject, String businessKey, String taskId, Instant createdAt, int attempts,
                        Instant nextAttemptAt, String lastError, Instant sentAt, String textBody, String htmlBody) {
    }

    /** The latest messages, newest first, optionally of one status. */
    public List<Entry> latest(Status status, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("limit", limit)
                .addValue("status", status == null ? null : status.name());
        return jdbc.query("SELECT " + SUMMARY + " FROM notification_outbox"
                + (status == null ? "" : " WHERE status = :status") + " ORDER BY id DESC LIMIT :limit", p,
                (rs, n) -> entry(rs, false));
    }

    public Optional<Entry> find(long id) {
        return jdbc.query("SELECT " + SUMMARY + ", text_body, html_body FROM notification_outbox WHERE id = :id",
                new MapSqlParameterSource("id", id), (rs, n) -> entry(rs, true)).stream().findFirst();
    }

    /** How many messages are in each status (every status listed, zero included). */
    public Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        jdbc.query("SELECT status, COUNT(*) AS n FROM notification_outbox GROUP BY status",
                (ResultSet rs) -> {
                    counts.put(Status.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return counts;
    }

    /** Queues a message again from now, to the given address, with its attempts counted afresh. */
    public boolean requeue(long id, Status from, String email) {
        return jdbc.update("""
                UPDATE notification_outbox SET status = 'QUEUED', recipient_email = :email, attempts = 0,
                    next_attempt_at = :now, last_error = NULL
                WHERE id = :id AND status = :from""", new MapSqlParameterSource("id", id).addValue("from", from.name())
                .addValue("email", email).addValue("now", Timestamp.from(Instant.now()))) == 1;
    }

    private static final String SUMMARY = "id, kind, status, recipient_user_id, recipient_email, subject, business_key, "
            + "task_id, created_at, attempts, next_attempt_at, last_error, sent_at";

    private static Entry entry(ResultSet rs, boolean withBodies) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("kind"), rs.getString("status"), rs.getString("recipient_user_id"),
                rs.getString("recipient_email"), rs.getString("subject"), rs.getString("business_key"),
                rs.getString("task_id"), instant(rs.getTimestamp("created_at")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("sent_at")), withBodies ? rs.getString("text_body") : null,
                withBodies ? rs.getString("html_body") : null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the outbox is in", e);
        }
    }
}
