package uk.care.tracker.registers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        return where(register, RegisterRow.BUSINESS_KEY + " = ?", businessKey);
    }

    /** Current rows matching a condition, oldest first, as the register's typed rows. */
    public <T extends Record & RegisterRow> List<T> where(RowType<T> type, String condition, Object... arguments) {
        return where(type.register(), condition, arguments).stream().map(type::from).toList();
    }

    /** Current rows matching a condition on the register's own columns, oldest first. */
    public List<Map<String, Object>> where(Register register, String condition, Object... arguments) {
        String table = register.table();
        return lowerCaseColumns(jdbc.queryForList("SELECT * FROM " + table + " r WHERE (" + condition + ") AND NOT EXISTS "
                + "(SELECT 1 FROM " + table + " c WHERE c.corrects_id = r.id) ORDER BY r.id", arguments));
    }

    /** Business keys per query in {@link #forBusinessKeys}: well below any driver's limit on parameters. */
    private static final int KEYS_PER_QUERY = 500;

    /**
     * Current rows of the given items that match a condition, oldest first within each query: what a list of items
     * needs from a register, without reading the rows of every other item.
     */
    public List<Map<String, Object>> forBusinessKeys(Register register, String condition, Collection<String> businessKeys) {
        List<String> keys = businessKeys.stream().distinct().sorted().toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + KEYS_PER_QUERY));
            rows.addAll(where(register, "(" + condition + ") AND r." + RegisterRow.BUSINESS_KEY + " IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()));
        }
        return rows;
    }

    /** The current rows of one item, register by register, read when asked for. */
    public ItemRows item(String businessKey) {
        return register -> forBusinessKey(register, businessKey);
    }

    /**
     * The current rows of many items at once: one query per register (not one per item and register), grouped by
     * business key. For lists of items such as an evidence pack.
     */
    public ItemRows.Batch batch(Collection<Register> registers, String condition, Object... arguments) {
        Map<Register, Map<String, List<Map<String, Object>>>> byRegister = new HashMap<>();
        for (Register register : registers) {
            Map<String, List<Map<String, Object>>> byKey = new LinkedHashMap<>();
            for (Map<String, Object> row : where(register, condition, arguments)) {
                byKey.computeIfAbsent((String) row.get(RegisterRow.BUSINESS_KEY), k -> new ArrayList<>()).add(row);
            }
            byRegister.put(register, byKey);
        }
        return new ItemRows.Batch(byRegister);
    }

    /** Every row, corrected or not, for the audit trail of an item. */
    public List<Map<String, Object>> history(Register register, String businessKey) {
        return historyWhere(register, RegisterRow.BUSINESS_KEY + " = ?", businessKey);
    }

    /** Every row matching a condition, corrected or not, oldest first: what a register holds about someone. */
    public List<Map<String, Object>> historyWhere(Register register, String condition, Object... arguments) {
        return lowerCaseColumns(jdbc.queryForList("SELECT * FROM " + register.table() + " WHERE (" + condition + ") ORDER BY id",
                arguments));
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
