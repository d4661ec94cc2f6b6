package uk.care.tracker.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.notifications.OutboxMessage.Status;
import uk.care.tracker.registers.Register;

/**
 * What the whole cluster has in hand, read from the shared database (the same figure on every node; take one node's
 * or the maximum, not the sum). Read at most every 15 seconds, whatever the scrape rate:
 * <ul>
 *   <li>{@code tracker_jobs_backlog}: jobs due now and free to run; {@code tracker_jobs_locked}: jobs a node holds;
 *       {@code tracker_jobs_failed}: jobs out of retries;</li>
 *   <li>{@code tracker_incidents_open};</li>
 *   <li>{@code tracker_outbox_messages{status}}, {@code tracker_outbox_oldest_queued_seconds};</li>
 *   <li>{@code tracker_register_rows_written{register}}: rows written to each register (PostgreSQL's insert
 *       counter, so it counts since the statistics were last reset; on H2 the rows in the table).</li>
 * </ul>
 */
@Component
public class TrackerGauges implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean postgres;
    private Map<String, Double> values = Map.of();
    private Instant readAt = Instant.EPOCH;

    public TrackerGauges(DataSource dataSource, Clock clock) throws SQLException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "tracker.jobs.backlog", "Jobs due now and not locked by any node", () -> value("jobs.backlog"));
        gauge(registry, "tracker.jobs.locked", "Jobs locked by a node's job executor", () -> value("jobs.locked"));
        gauge(registry, "tracker.jobs.failed", "Jobs with no retries left", () -> value("jobs.failed"));
        gauge(registry, "tracker.incidents.open", "Open incidents", () -> value("incidents"));
        for (Status status : Status.values()) {
            Gauge.builder("tracker.outbox.messages", () -> value("outbox." + status.name())).tag("status", status.name())
                    .description("Email outbox messages by status").register(registry);
        }
        Gauge.builder("tracker.outbox.oldest.queued", () -> value("outbox.oldest")).baseUnit("seconds")
                .description("Age of the oldest message waiting to be sent").register(registry);
        for (Register register : Register.values()) {
            Gauge.builder("tracker.register.rows.written", () -> value("register." + register.table()))
                    .tag("register", register.table()).description("Rows written to the register").register(registry);
        }
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    private synchronized double value(String name) {
        if (Duration.between(readAt, Instant.now()).compareTo(FRESH_FOR) > 0) {
            try {
                values = read();
            } catch (RuntimeException e) {
                values = Map.of();   // the database is away: no figure rather than an old one
            }
            readAt = Instant.now();
        }
        return values.getOrDefault(name, Double.NaN);
    }

    private Map<String, Double> read() {
        Map<String, Double> read = new HashMap<>();
        Timestamp now = Timestamp.from(clock.now());
        read.put("jobs.backlog", number("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 "
                + "AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < ?)", now, now));
        read.put("jobs.locked", number("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_EXP_TIME_ IS NOT NULL AND LOCK_EXP_TIME_ >= ?", now));
        read.put("jobs.failed", number("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0"));
        read.put("incidents", number("SELECT COUNT(*) FROM ACT_RU_INCIDENT"));
        jdbc.query("SELECT status, COUNT(*) FROM notification_outbox GROUP BY status",
                rs -> { read.put("outbox." + rs.getString(1), rs.getDouble(2)); });
        for (Status status : Status.values()) {
            read.putIfAbsent("outbox." + status.name(), 0.0);
        }
        Timestamp oldest = jdbc.queryForObject("SELECT MIN(created_at) FROM notification_outbox WHERE status = 'QUEUED'", Timestamp.class);
        read.put("outbox.oldest", oldest == null ? 0.0 : Math.max(0, Duration.between(oldest.toInstant(), clock.now()).toSeconds()));
        if (postgres) {
            jdbc.query("SELECT relname, n_tup_ins FROM pg_stat_user_tables",
                    rs -> { read.put("register." + rs.getString(1), rs.getDouble(2)); });
        } else {
            for (Register register : Register.values()) {
                read.put("register." + register.table(), number("SELECT COUNT(*) FROM " + register.table()));
            }
        }
        return read;
    }

    private double number(String sql, Object... args) {
        Number n = jdbc.queryForObject(sql, Number.class, args);
        return n == null ? 0 : n.doubleValue();
    }
}
