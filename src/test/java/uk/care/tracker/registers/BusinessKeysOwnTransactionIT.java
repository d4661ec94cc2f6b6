package uk.care.tracker.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.care.tracker.support.IntegrationTest;

/**
 * The opt-in {@code tracker.business-keys.held-to-commit=false} (ADR 0006, decision 7), on PostgreSQL: a start that
 * has taken its key and not yet committed does not hold up the next start's key, which is still the next number.
 * With the counter held to commit (the default) the second start waits for the first and fails here on its lock
 * timeout.
 */
@TestPropertySource(properties = "tracker.business-keys.held-to-commit=false")
class BusinessKeysOwnTransactionIT extends IntegrationTest {

    @Autowired BusinessKeys keys;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void a_key_taken_in_an_open_transaction_does_not_hold_up_the_next_one() {
        assumeThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
                .isEqualTo("postgres");
        new TransactionTemplate(transactions).executeWithoutResult(first -> {
            String key = keys.next("OT");
            // another start, on another connection, while the first is still open
            String next = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(second -> {
                jdbc.execute("SET LOCAL lock_timeout = '30s'");
                return keys.next("OT");
            })).join();
            assertThat(number(next)).isEqualTo(number(key) + 1);
        });
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }
}
