package uk.care.tracker.retention;

import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.care.tracker.registers.AppendOnlyH2Trigger;

/**
 * The one way past the registers' append-only triggers (ADR 0007): inside the retention run's erasure transaction
 * only, a database setting lets DELETE through. PostgreSQL: {@code set_config('tracker.retention_erasure', 'on', true)},
 * which the database forgets at commit or rollback. H2 (no transaction-local settings): the session variable
 * {@code @tracker_retention_erasure}, cleared again when the erasure ends, whatever happened.
 */
@Component
public class ErasureSession {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public ErasureSession(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the erasure with DELETE allowed on the registers; must be called inside a transaction. */
    public <T> T erase(java.util.function.Supplier<T> erasure) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Records are erased only inside the retention run's transaction");
        }
        if (isPostgres()) {
            jdbc.queryForObject("SELECT set_config('tracker.retention_erasure', 'on', true)", String.class);
            return erasure.get();
        }
        jdbc.execute("SET " + AppendOnlyH2Trigger.ERASURE_FLAG + " = 'on'");
        try {
            return erasure.get();
        } finally {
            jdbc.execute("SET " + AppendOnlyH2Trigger.ERASURE_FLAG + " = NULL");
        }
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }
}
