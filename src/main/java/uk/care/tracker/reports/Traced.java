package uk.care.tracker.reports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Selections that remember what they selected: every KPI count keeps the business keys behind it. */
final class Traced<T> {

    private final Map<String, List<String>> trace;
    private final Function<T, String> key;

    Traced(Map<String, List<String>> trace, Function<T, String> key) {
        this.trace = trace;
        this.key = key;
    }

    /** The items that pass the test, recorded under {@code name}. */
    List<T> select(String name, List<T> from, Predicate<T> test) {
        List<T> selected = from.stream().filter(test).toList();
        trace.put(name, selected.stream().map(key).sorted().toList());
        return selected;
    }

    int count(String name) {
        return trace.get(name).size();
    }

    /** Counts by a grouping, in name order. */
    static <T> Map<String, Integer> countBy(List<T> items, Function<T, String> by) {
        Map<String, Integer> counts = new TreeMap<>();
        items.forEach(item -> counts.merge(String.valueOf(by.apply(item)), 1, Integer::sum));
        return counts;
    }
}
