package uk.care.tracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.care.tracker.support.IntegrationTest;
import uk.care.tracker.support.ReceivedMail;
import uk.care.tracker.support.TestSmtp;

/** Tests of reminders: the mail server is up and its mailbox empty at the start of each test. */
abstract class MailTest extends IntegrationTest {

    @Autowired MailDispatcher dispatcher;
    @Autowired NamedParameterJdbcTemplate namedJdbc;

    @BeforeEach
    void startFromAnEmptyMailbox() {
        TestSmtp.start();
        deliver();
        TestSmtp.forgetReceived();
    }

    /** What the schedule would do now: deliver every queued message that is due. */
    int deliver() {
        return dispatcher.dispatch(Instant.now(), Integer.MAX_VALUE);
    }

    /**
     * Starts supervision actions (deadline 18 December 2026) for staff members of the test's own, so that no other
     * test's repeated concerns add messages, and runs their jobs.
     */
    List<String> startActions(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(businessKey(startAs("line.manager", "supervision-action", Map.of("staffId", newStaffMember("line.manager"),
                    "actionDescription", "Complete the safeguarding refresher e-learning module",
                    "actionCategory", "TRAINING_REFRESHER", "deadline", "2026-12-18", "supervisionDate", "2026-12-14",
                    "managerResponsible", "line.manager"))));
        }
        runDueJobs();
        return keys;
    }

    List<Map<String, Object>> outboxRows(List<String> businessKeys) {
        return namedJdbc.queryForList("SELECT * FROM notification_outbox WHERE business_key IN (:keys) ORDER BY id",
                Map.of("keys", businessKeys));
    }

    /** Every recorded message about these items arrived exactly once, and is marked SENT. */
    void assertEachDeliveredExactlyOnce(List<String> businessKeys) {
        List<Map<String, Object>> rows = outboxRows(businessKeys);
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).containsEntry("status", "SENT"));
        Map<String, Long> arrived = ReceivedMail.all().stream().filter(mail -> businessKeys.contains(mail.reference()))
                .collect(Collectors.groupingBy(ReceivedMail::key, Collectors.counting()));
        Map<String, Long> expected = rows.stream()
                .collect(Collectors.toMap(row -> (String) row.get("idempotency_key"), row -> 1L));
        assertThat(arrived).isEqualTo(expected);
    }
}
