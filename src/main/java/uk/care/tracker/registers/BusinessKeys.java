package uk.care.tracker.registers;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.care.tracker.calendar.Clock;

/**
 * Human business keys that inspectors can quote: {@code SA-2026-000042}. One statement creates the counter of a
 * prefix and year or advances it, and answers the new value, so two starts at once (on one node or two) get
 * consecutive numbers even for the first key of a year: PostgreSQL's {@code INSERT ... ON CONFLICT DO UPDATE
 * ... RETURNING}, H2's {@code MERGE} read through {@code FINAL TABLE}. The row stays locked until the start
 * commits, so a start that is rolled back gives its number back.
 *
 * <p>That lock makes starts of one prefix commit one at a time, each waiting for the previous one's commit to be
 * flushed to disk: under load most starts wait there (docs/performance.md, Cluster). With
 * {@code tracker.business-keys.held-to-commit=false} (PostgreSQL only) the number is taken in a transaction of its
 * own and the start no longer waits; a start that fails after its form was accepted then leaves a gap in the
 * numbers. Off only by an explicit decision: gapless numbering is the behaviour shipped.
 */
@Component
public class BusinessKeys {

    private static final String POSTGRES = """
            INSERT INTO business_key_counter (prefix, key_year, last_value) VALUES (?, ?, 1)
            ON CONFLICT (prefix, key_year) DO UPDATE SET last_value = business_key_counter.last_value + 1
            RETURNING last_value""";

    private static final String H2 = """
            SELECT last_value FROM FINAL TABLE (
              MERGE INTO business_key_counter c
              USING (VALUES (CAST(? AS VARCHAR(8)), CAST(? AS INTEGER))) AS n (prefix, key_year)
              ON c.prefix = n.prefix AND c.key_year = n.key_year
              WHEN MATCHED THEN UPDATE SET last_value = c.last_value + 1
              WHEN NOT MATCHED THEN INSERT (prefix, key_year, last_value) VALUES (n.prefix, n.key_year, 1))""";

    /** H2 may refuse a statement that meets another transaction's new row; it keeps its transaction, so try again. */
    private static final int H2_ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final boolean heldToCommit;
    private volatile Boolean postgres;

    public BusinessKeys(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
                        @Value("${tracker.business-keys.held-to-commit:true}") boolean heldToCommit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.heldToCommit = heldToCommit;
    }

    public String next(String prefix) {
        int year = clock.today().getYear();
        return "%s-%d-%06d".formatted(prefix, year, nextValue(prefix, year));
    }

    private int nextValue(String prefix, int year) {
        if (isPostgres()) {
            return heldToCommit ? jdbc.queryForObject(POSTGRES, Integer.class, prefix, year)
                    : ownTransaction.execute(status -> jdbc.queryForObject(POSTGRES, Integer.class, prefix, year));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.queryForObject(H2, Integer.class, prefix, year);
            } catch (DataAccessException e) {
                if (attempt >= H2_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) BusinessKeys::isPostgres);
            postgres = known;
        }
        return known;
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
}
