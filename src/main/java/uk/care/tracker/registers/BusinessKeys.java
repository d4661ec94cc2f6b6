package uk.care.tracker.registers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;

/**
 * Human business keys that inspectors can quote: {@code SA-2026-000042}. The counter row is locked by the
 * update for the rest of the transaction, so two people starting at once get different numbers, and a start
 * that is rolled back gives its number back.
 */
@Component
public class BusinessKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BusinessKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String next(String prefix) {
        int year = clock.today().getYear();
        int updated = jdbc.update(
                "UPDATE business_key_counter SET last_value = last_value + 1 WHERE prefix = ? AND key_year = ?", prefix, year);
        if (updated == 0) {
            jdbc.update("INSERT INTO business_key_counter (prefix, key_year, last_value) VALUES (?, ?, 1)", prefix, year);
        }
        Integer value = jdbc.queryForObject(
                "SELECT last_value FROM business_key_counter WHERE prefix = ? AND key_year = ?", Integer.class, prefix, year);
        return "%s-%d-%06d".formatted(prefix, year, value);
    }
}
