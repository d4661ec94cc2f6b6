package uk.care.tracker.registers;

import java.util.Collection;
import java.util.List;

/**
 * Which items a workflow's reader reads: every item of all history (the KPIs' in-memory definition), or only the
 * items of the given business keys (a meeting pack's list), so both are built by the same code from the same columns.
 */
public final class Items {

    /** Every item ever entered. */
    public static final Items ALL = new Items(null);

    private final List<String> keys;

    private Items(List<String> keys) {
        this.keys = keys;
    }

    /** Only the items of these business keys. */
    public static Items of(Collection<String> businessKeys) {
        return new Items(businessKeys.stream().distinct().toList());
    }

    /** Current rows of these items matching a condition, oldest first within each item. */
    <T extends Record & RegisterRow> List<T> read(RegisterReader reader, RowType<T> type, String condition) {
        if (keys == null) {
            return reader.where(type, condition);
        }
        return reader.forBusinessKeys(type.register(), condition, keys).stream().map(type::from).toList();
    }
}
