package uk.care.tracker.tasklist;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code tracker.tasklist.engine-api-concurrency} engine API requests (Tasklist, Cockpit, Admin, scripts)
 * run at once; the others wait their turn in arrival order, for at most {@code engine-api-queue-wait}, and are then
 * answered 503 with Retry-After (ADR 0005). Every such request holds a database connection for as long as it runs, so
 * however many people refresh Tasklist at once, the rest of the pool stays free for the job executor, the reminder
 * scan and the application's own pages. Refusals are counted and logged at WARN, at most once a minute.
 */
public class EngineApiBulkhead extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiBulkhead.class);

    private final Semaphore permits;
    private final long waitNanos;
    private final long retryAfterSeconds;
    private long refused;
    private long lastWarning;

    public EngineApiBulkhead(int concurrency, Duration queueWait) {
        this.permits = new Semaphore(concurrency, true);
        this.waitNanos = queueWait.toNanos();
        this.retryAfterSeconds = Math.max(1, queueWait.toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** Requests waiting for their turn now (for tests and diagnostics). */
    public int waiting() {
        return permits.getQueueLength();
    }

    private void refuse(HttpServletResponse response) throws IOException {
        synchronized (this) {
            refused++;
            long now = System.nanoTime();
            if (lastWarning == 0 || now - lastWarning > TimeUnit.MINUTES.toNanos(1)) {
                lastWarning = now;
                log.warn("Engine API busy: {} request(s) refused so far after waiting {} s for one of the concurrent "
                        + "places", refused, retryAfterSeconds);
            }
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"ServiceUnavailable\",\"message\":\"Tasklist is busy. Try again in a few "
                + "seconds.\"}");
    }
}
