package uk.care.tracker.registers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * Reads registers as they stand now: a row that a later row corrects is replaced by the correction. Reports and
 * views read through here, so a correction changes every figure built on the row it corrects.
 */
@Component
public class RegisterReader {

    private final JdbcTemplate jdbc;

    public RegisterReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Current rows of one item, oldest first. */
    public List<Map<String, Object>> forBusinessKey(Register register, String businessKey) {
        return where(register, "business_key = ?", businessKey);
    }

    /** Current rows matching a condition on the register's own columns, oldest first. */
    public List<Map<String, Object>> where(Register register, String condition, Object... arguments) {
        String table = register.table();
        return lowerCaseColumns(jdbc.queryForList("SELECT * FROM " + table + " r WHERE (" + condition + ") AND NOT EXISTS "
                + "(SELECT 1 FROM " + table + " c WHERE c.corrects_id = r.id) ORDER BY r.id", arguments));
    }

    /** Every row, corrected or not, for the audit trail of an item. */
    public List<Map<String, Object>> history(Register register, String businessKey) {
        return lowerCaseColumns(jdbc.queryForList("SELECT * FROM " + register.table() + " WHERE business_key = ? ORDER BY id",
                businessKey));
    }

    /** H2 names columns in capitals, PostgreSQL in small letters; the API answers the same on both. */
    private static List<Map<String, Object>> lowerCaseColumns(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> lower = new LinkedCaseInsensitiveMap<>(row.size(), Locale.ROOT);
            row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
            return (Map<String, Object>) lower;
        }).toList();
    }
}
