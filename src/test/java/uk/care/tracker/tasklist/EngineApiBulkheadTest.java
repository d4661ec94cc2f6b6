package uk.care.tracker.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The engine API bulkhead of ADR 0005: a request beyond the concurrency waits its turn, then is refused with 503. */
class EngineApiBulkheadTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void a_request_beyond_the_limit_waits_for_a_place_and_runs_when_one_is_free() throws Exception {
        EngineApiBulkhead bulkhead = new EngineApiBulkhead(1, Duration.ofSeconds(30));
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<MockHttpServletResponse> first = threads.submit(() -> run(bulkhead, (rq, rs) -> {
            firstRunning.countDown();
            await(releaseFirst);
        }));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        Future<MockHttpServletResponse> second = threads.submit(() -> run(bulkhead, (rq, rs) -> { }));
        waitUntil(() -> bulkhead.waiting() == 1);
        assertThat(second.isDone()).isFalse();
        releaseFirst.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }

    @Test
    void a_request_that_waited_too_long_is_answered_503_with_retry_after_and_never_runs() throws Exception {
        EngineApiBulkhead bulkhead = new EngineApiBulkhead(1, Duration.ofMillis(50));
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        threads.submit(() -> run(bulkhead, (rq, rs) -> {
            firstRunning.countDown();
            await(releaseFirst);
        }));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        boolean[] ran = {false};
        MockHttpServletResponse refused = run(bulkhead, (rq, rs) -> ran[0] = true);
        releaseFirst.countDown();
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("busy");
        assertThat(ran[0]).isFalse();
    }

    @Test
    void a_place_is_given_back_when_the_request_fails() throws Exception {
        EngineApiBulkhead bulkhead = new EngineApiBulkhead(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> run(bulkhead, (rq, rs) -> {
            throw new IllegalStateException("engine failed");
        })).hasMessageContaining("engine failed");
        assertThat(run(bulkhead, (rq, rs) -> { }).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse run(EngineApiBulkhead bulkhead, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/filter/1/count");
        MockHttpServletResponse response = new MockHttpServletResponse();
        bulkhead.doFilter(request, response, chain);
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
