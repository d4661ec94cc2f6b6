package uk.care.tracker.registers;

import java.util.List;
import java.util.Map;

/**
 * The current rows of one tracked item, register by register (oldest first), however they were read: one item
 * at a time ({@link RegisterReader#item}) or many at once ({@link RegisterReader#batch}). A workflow builds its
 * {@link TrackedItem} from these, so that one item and a list of items are built by the same code.
 */
@FunctionalInterface
public interface ItemRows {

    List<Map<String, Object>> in(Register register);

    /** The rows of one register as its typed rows (ADR 0010). */
    default <T extends Record & RegisterRow> List<T> in(RowType<T> type) {
        return in(type.register()).stream().map(type::from).toList();
    }

    /** The rows of many items, read with one query per register. */
    final class Batch {

        private final Map<Register, Map<String, List<Map<String, Object>>>> rows;

        Batch(Map<Register, Map<String, List<Map<String, Object>>>> rows) {
            this.rows = rows;
        }

        /** The business keys that have rows in the register, in the order of their first row. */
        public List<String> businessKeys(Register register) {
            return List.copyOf(read(register).keySet());
        }

        public ItemRows item(String businessKey) {
            return register -> read(register).getOrDefault(businessKey, List.of());
        }

        private Map<String, List<Map<String, Object>>> read(Register register) {
            Map<String, List<Map<String, Object>>> byKey = rows.get(register);
            if (byKey == null) {
                throw new IllegalArgumentException(register + " was not read in this batch");
            }
            return byKey;
        }
    }
}
