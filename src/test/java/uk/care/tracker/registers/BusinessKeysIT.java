package uk.care.tracker.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import uk.care.tracker.support.IntegrationTest;

/**
 * Issue 11: the first keys of a year are allocated by one statement, so 50 actions started at once in a year that has
 * no key yet get 50 distinct, consecutive keys and nobody sees an error (before, about 6 in 1,000 concurrent starts
 * failed on the counter's primary key).
 */
class BusinessKeysIT extends IntegrationTest {

    private static final int STARTS = 50;

    /** A year far enough ahead that no other test has used it, and no key of it exists yet. */
    private int unusedYear() {
        for (;;) {
            int year = ThreadLocalRandom.current().nextInt(2200, 2900);
            Integer used = jdbc.queryForObject("SELECT COUNT(*) FROM business_key_counter WHERE key_year = ?", Integer.class, year);
            if (used == 0) {
                return year;
            }
        }
    }

    @Test
    void fifty_actions_started_at_once_in_a_new_year_get_fifty_consecutive_keys() throws Exception {
        int year = unusedYear();
        LocalDate day = LocalDate.of(year, 3, 2);
        clockAt(day + "T10:00");
        Map<String, Object> action = Map.of("staffId", "S1002", "actionDescription", "Complete the record keeping refresher",
                "actionCategory", "RECORD_KEEPING", "deadline", day.plusDays(14).toString(), "supervisionDate", day.toString(),
                "managerResponsible", "line.manager");

        ExecutorService pool = Executors.newFixedThreadPool(STARTS);
        CountDownLatch ready = new CountDownLatch(STARTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> starts = new ArrayList<>();
        try {
            for (int i = 0; i < STARTS; i++) {
                Callable<String> start = () -> {
                    ready.countDown();
                    go.await();
                    ProcessInstance instance = startAs("line.manager", "supervision-action", action);
                    return instance.getBusinessKey();
                };
                starts.add(pool.submit(start));
            }
            ready.await();
            go.countDown();
            List<String> keys = new ArrayList<>();
            for (Future<String> start : starts) {
                keys.add(start.get());
            }
            assertThat(keys).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, STARTS).mapToObj(n -> "SA-%d-%06d".formatted(year, n)).toList());
            assertThat(jdbc.queryForObject("SELECT last_value FROM business_key_counter WHERE prefix = 'SA' AND key_year = ?",
                    Integer.class, year)).isEqualTo(STARTS);
        } finally {
            pool.shutdownNow();
        }
    }
}
