package uk.care.tracker.notifications;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.support.IntegrationTest;
import uk.care.tracker.support.TestSmtp;

/** Tests of reminders: the mail server is up and its mailbox empty at the start of each test. */
abstract class MailTest extends IntegrationTest {

    @Autowired MailDispatcher dispatcher;

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
}
