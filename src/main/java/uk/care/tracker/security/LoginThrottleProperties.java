package uk.care.tracker.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling ({@code tracker.security.login.*}): wrong passwords counted per client address and per account
 * within {@code window}; reaching a limit refuses further logins of that client or account with 429 for
 * {@code lock}. The lock always expires. Held in memory on each node.
 */
@ConfigurationProperties("tracker.security.login")
public record LoginThrottleProperties(int maxFailuresPerAccount, int maxFailuresPerClient, Duration window, Duration lock,
                                      int maxTracked) {

    public LoginThrottleProperties {
        if (maxFailuresPerAccount <= 0) {
            maxFailuresPerAccount = 5;
        }
        if (maxFailuresPerClient <= 0) {
            maxFailuresPerClient = 20;
        }
        if (window == null || window.isNegative() || window.isZero()) {
            window = Duration.ofMinutes(15);
        }
        if (lock == null || lock.isNegative() || lock.isZero()) {
            lock = Duration.ofMinutes(15);
        }
        if (maxTracked <= 0) {
            maxTracked = 100_000;
        }
    }
}
