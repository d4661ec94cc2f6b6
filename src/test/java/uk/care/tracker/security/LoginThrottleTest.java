package uk.care.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The counting behind item 7 of issue 10, on a clock the test moves. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(5), 0), new Clock() {
                @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
                @Override public Clock withZone(java.time.ZoneId zone) { return this; }
                @Override public Instant instant() { return now; }
            });

    @Test
    void an_account_is_locked_at_its_limit_and_the_lock_ends() {
        throttle.failed("10.0.0.1", "Line.Manager");
        throttle.failed("10.0.0.2", "line.manager");
        assertThat(throttle.waitFor("10.0.0.3", "line.manager")).isEmpty();
        throttle.failed("10.0.0.3", "line.manager");
        assertThat(throttle.waitFor("10.0.0.9", "LINE.MANAGER")).hasValue(Duration.ofMinutes(5));
        assertThat(throttle.waitFor("10.0.0.9", "mentor")).isEmpty();
        now = now.plus(Duration.ofMinutes(4));
        assertThat(throttle.waitFor("10.0.0.9", "line.manager")).hasValue(Duration.ofMinutes(1));
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("10.0.0.9", "line.manager")).isEmpty();
    }

    @Test
    void failures_outside_the_window_are_forgotten_and_success_resets_the_account() {
        throttle.failed("10.0.0.1", "mentor");
        throttle.failed("10.0.0.1", "mentor");
        now = now.plus(Duration.ofMinutes(11));
        throttle.failed("10.0.0.1", "mentor");
        assertThat(throttle.waitFor("10.0.0.1", "mentor")).isEmpty();
        throttle.failed("10.0.0.1", "mentor");
        throttle.succeeded("mentor");
        throttle.failed("10.0.0.1", "mentor");
        assertThat(throttle.waitFor("10.0.0.1", "mentor")).isEmpty();
    }

    @Test
    void a_client_guessing_across_accounts_is_locked() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.1", "user" + i);
        }
        assertThat(throttle.waitFor("10.0.0.1", "hr.lead")).hasValue(Duration.ofMinutes(5));
        assertThat(throttle.waitFor("10.0.0.2", "hr.lead")).isEmpty();
    }
}
