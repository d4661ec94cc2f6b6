package uk.care.tracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per client address and per account, in memory on this node, and says how long a client or
 * an account must wait once it has had too many. Unlike Camunda's own lock-out, which ends in a permanent lock that
 * any stranger can cause, every lock here ends after {@link LoginThrottleProperties#lock()}. Real time, not the demo
 * clock: moving the engine clock must neither lift nor extend a lock.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleProperties settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    public LoginThrottle(LoginThrottleProperties settings) {
        this(settings, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public LoginThrottleProperties settings() {
        return settings;
    }

    /** How long this client or account must still wait, or empty when it may try now. */
    public Optional<Duration> waitFor(String client, String account) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {clientKey(client), accountKey(account)}) {
            Failures entry = key == null ? null : failures.get(key);
            if (entry != null) {
                Duration remaining = entry.lockedFor(now);
                if (remaining.compareTo(wait) > 0) {
                    wait = remaining;
                }
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A wrong password (or an unknown account) from this client. */
    public void failed(String client, String account) {
        Instant now = clock.instant();
        if (failures.size() >= settings.maxTracked()) {
            forgetExpired(now);
        }
        count(clientKey(client), settings.maxFailuresPerClient(), now);
        count(accountKey(account), settings.maxFailuresPerAccount(), now);
    }

    /** The right password: the account's count starts again (the client's does not, so guessing across accounts still counts). */
    public void succeeded(String account) {
        String key = accountKey(account);
        if (key != null) {
            failures.remove(key);
        }
    }

    /** Forgets every count and lock (tests, or an operator through a restart). */
    public void clear() {
        failures.clear();
    }

    private void count(String key, int limit, Instant now) {
        if (key == null) {
            return;
        }
        if (failures.size() >= settings.maxTracked() && !failures.containsKey(key)) {
            // a flood of distinct names: keep memory bounded; the client's own count still applies
            return;
        }
        Failures entry = failures.computeIfAbsent(key, k -> new Failures());
        if (entry.fail(now, limit, settings.window(), settings.lock())) {
            log.warn("Login throttled for {} after {} wrong passwords within {}; locked until {}", key, limit,
                    settings.window(), now.plus(settings.lock()));
        }
    }

    private void forgetExpired(Instant now) {
        failures.entrySet().removeIf(e -> e.getValue().expired(now, settings.window()));
    }

    private static String clientKey(String client) {
        return client == null || client.isBlank() ? null : "client " + client;
    }

    private static String accountKey(String account) {
        return account == null || account.isBlank() ? null : "account " + account.trim().toLowerCase(Locale.ROOT);
    }

    /** Failures of one client or account within the current window, and the end of its lock. */
    private static final class Failures {
        private Instant windowStart = Instant.EPOCH;
        private int count;
        private Instant lockedUntil = Instant.EPOCH;

        /** True when this failure starts a lock. */
        synchronized boolean fail(Instant now, int limit, Duration window, Duration lock) {
            if (now.isAfter(windowStart.plus(window)) && !now.isBefore(lockedUntil)) {
                windowStart = now;
                count = 0;
            }
            count++;
            if (count >= limit) {
                boolean starts = !now.isBefore(lockedUntil);
                lockedUntil = now.plus(lock);
                windowStart = now;
                count = 0;
                return starts;
            }
            return false;
        }

        synchronized Duration lockedFor(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized boolean expired(Instant now, Duration window) {
            return !now.isBefore(lockedUntil) && now.isAfter(windowStart.plus(window));
        }
    }
}
