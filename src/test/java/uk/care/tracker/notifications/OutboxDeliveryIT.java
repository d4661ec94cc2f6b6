package uk.care.tracker.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.notifications.OutboxMessage.Kind;
import uk.care.tracker.registers.Rows;
import uk.care.tracker.security.Person;
import uk.care.tracker.support.ReceivedMail;
import uk.care.tracker.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's promise (SPEC section 7): a mail server outage loses no message and sends none twice; a message that
 * keeps failing is given up and can be sent again; without a mail server messages are held. Delivery runs against a
 * real SMTP server that the tests stop and start ({@link OutboxRestartIT} restarts the application).
 */
class OutboxDeliveryIT extends MailTest {

    @Autowired ReminderScan reminderScan;
    @Autowired Outbox outbox;
    @Autowired NotificationProperties properties;
    @Autowired Clock clock;

    @Test
    void an_smtp_outage_loses_nothing_and_sends_nothing_twice() {
        clockAt("2026-12-14T10:00");
        List<String> keys = startActions(3);
        assertThat(outboxRows(keys)).hasSize(3);

        TestSmtp.stop();
        Instant firstFailure = Instant.now();
        assertThat(dispatcher.dispatch(firstFailure, Integer.MAX_VALUE)).isZero();
        // reminders keep coming while the server is down (queued after the three, so the next run tries the second)
        clockAt("2026-12-17T08:00");
        reminderScan.scan();
        assertThat(outboxRows(keys)).hasSize(6).allSatisfy(row -> assertThat(row).containsEntry("status", "QUEUED"));
        assertThat(dispatcher.dispatch(Instant.now(), Integer.MAX_VALUE)).isZero();

        List<Map<String, Object>> attempted = outboxRows(keys).stream()
                .filter(row -> ((Number) row.get("attempts")).intValue() > 0).toList();
        assertThat(attempted).as("an unreachable server ends each run at its first failure")
                .extracting(row -> row.get("id")).containsExactly(outboxRows(keys).get(0).get("id"), outboxRows(keys).get(1).get("id"));
        assertThat(attempted)
                .allSatisfy(row -> {
                    assertThat(row).containsEntry("attempts", 1).containsEntry("status", "QUEUED");
                    assertThat((String) row.get("last_error")).containsIgnoringCase("connect");
                    assertThat(Rows.instant(row.get("next_attempt_at"))).as("backs off by first-retry-after")
                            .isBetween(firstFailure.plus(properties.firstRetryAfter()),
                                    Instant.now().plus(properties.firstRetryAfter()));
                });

        TestSmtp.start();
        dispatcher.dispatch(Instant.now(), Integer.MAX_VALUE);
        assertThat(outboxRows(keys)).as("all but the two backing off").extracting(row -> row.get("status"))
                .containsExactlyInAnyOrder("QUEUED", "QUEUED", "SENT", "SENT", "SENT", "SENT");
        dispatcher.dispatch(Instant.now().plus(properties.firstRetryAfter()).plusSeconds(5), Integer.MAX_VALUE);
        dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)), Integer.MAX_VALUE);
        assertEachDeliveredExactlyOnce(keys);
        assertThat(ReceivedMail.all()).filteredOn(mail -> keys.contains(mail.reference()))
                .extracting(ReceivedMail::kind).containsOnly("TASK_CREATED", "DUE_SOON");
    }

    @Test
    void a_message_that_keeps_failing_backs_off_then_is_marked_failed_and_an_administrator_can_retry_it() {
        String reference = "SA-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        outbox.record(new OutboxMessage("test:" + reference, Kind.TASK_CREATED,
                new Person("deputy.manager", "Dee", "Deputy", "deputy.manager@example.org"),
                "Test message " + reference, "Plain text", "<p>HTML</p>", reference, null));
        long id = namedJdbc.queryForObject("SELECT id FROM notification_outbox WHERE business_key = :ref",
                Map.of("ref", reference), Long.class);

        TestSmtp.stop();
        List<Long> waitsInMinutes = new ArrayList<>();
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            Instant before = Instant.now();
            assertThat(dispatcher.dispatch(before.plus(Duration.ofDays(1)), 1)).isZero();
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM notification_outbox WHERE id = ?", id);
            assertThat(row).containsEntry("attempts", attempt);
            waitsInMinutes.add(Duration.between(before, Rows.instant(row.get("next_attempt_at"))).toMinutes());
        }
        assertThat(waitsInMinutes).as("doubling from one minute, at most an hour")
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(jdbc.queryForMap("SELECT * FROM notification_outbox WHERE id = ?", id))
                .containsEntry("status", "FAILED").containsEntry("attempts", properties.maxAttempts());

        TestSmtp.start();
        assertThat(dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)), Integer.MAX_VALUE)).as("failed stays failed").isZero();
        assertThat(http.withBasicAuth("admin", "demo").exchange("/api/notifications/" + id + "/retry", HttpMethod.POST, null,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForMap("SELECT * FROM notification_outbox WHERE id = ?", id))
                .containsEntry("status", "QUEUED").containsEntry("attempts", 0);
        assertThat(dispatcher.dispatch(Instant.now(), Integer.MAX_VALUE)).isEqualTo(1);
        assertThat(ReceivedMail.about(reference)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("deputy.manager@example.org");
            assertThat(mail.subject()).isEqualTo("Test message " + reference);
        });
    }

    @Test
    void without_a_mail_server_messages_are_held_for_people_to_read_and_never_sent() {
        Outbox withoutServer = new Outbox(namedJdbc, clock, false, false);
        String reference = "SA-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        withoutServer.record(new OutboxMessage("test:" + reference, Kind.OVERDUE,
                new Person("line.manager", "Lina", "Manager", "line.manager@example.org"),
                "Overdue: " + reference, "Plain text", "<p>HTML</p>", reference, null));

        dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)), Integer.MAX_VALUE);
        assertThat(ReceivedMail.about(reference)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM notification_outbox WHERE business_key = ?", String.class,
                reference)).isEqualTo("HELD");
        Map<?, ?> held = http.withBasicAuth("registered.manager", "demo").getForObject("/api/notifications?status=HELD", Map.class);
        assertThat((List<Map<String, Object>>) held.get("messages")).anySatisfy(message -> assertThat(message)
                .containsEntry("businessKey", reference).containsEntry("status", "HELD").containsEntry("subject", "Overdue: " + reference));
    }
}
