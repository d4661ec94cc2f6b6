package uk.care.tracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An application restart midway through delivery loses no message and sends none twice: the first test records
 * messages and sends one, then its application context is closed; the second runs in a newly started context
 * against the same database and mail server. (The new context is the one the following test classes share.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxRestartIT extends MailTest {

    private static final List<String> keys = new ArrayList<>();
    private static ApplicationContext before;

    @Autowired ApplicationContext context;

    /** Only the first test starts from an empty mailbox: the second must find what the first left behind. */
    @Override
    @BeforeEach
    void startFromAnEmptyMailbox() {
        if (before == null) {
            super.startFromAnEmptyMailbox();
        }
    }

    @Test
    @Order(1)
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void before_the_restart_three_messages_are_recorded_and_one_is_sent() {
        clockAt("2026-12-14T10:00");
        keys.addAll(startActions(3));
        assertThat(dispatcher.dispatch(Instant.now(), 1)).isEqualTo(1);
        assertThat(outboxRows(keys)).extracting(row -> row.get("status")).containsExactly("SENT", "QUEUED", "QUEUED");
        before = context;
    }

    @Test
    @Order(2)
    void after_the_restart_the_rest_are_sent_and_none_twice() {
        assertThat(before).as("the first test ran").isNotNull();
        assertThat(context).as("a newly started application").isNotSameAs(before);
        assertThat(outboxRows(keys)).extracting(row -> row.get("status")).containsExactly("SENT", "QUEUED", "QUEUED");

        assertThat(deliver()).isEqualTo(2);
        assertThat(deliver()).isZero();
        assertEachDeliveredExactlyOnce(keys);
    }
}
