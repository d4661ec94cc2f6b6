package uk.care.tracker.registers;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.BeanUtils;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * One register's columns, defined once: the components of a record, each the camel-case name of a column
 * ({@code actionCategory} is {@code action_category}, the convention of Spring's {@code DataClassRowMapper}).
 * Turns the reader's rows (H2's or PostgreSQL's driver types) into that record. {@code RegisterColumnsIT} checks
 * that the columns are exactly the register's columns in the migrated schema, on H2 and PostgreSQL.
 */
public final class RowType<T extends Record & RegisterRow> {

    private final Register register;
    private final Class<T> type;
    private final List<String> columns;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<Function<Object, Object>> values;
    private final Constructor<T> constructor;

    private RowType(Register register, Class<T> type) {
        this.register = register;
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.columns = Arrays.stream(components).map(c -> JdbcUtils.convertPropertyNameToUnderscoreName(c.getName())).toList();
        this.values = Arrays.stream(components).map(c -> value(type, c)).toList();
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i), i);
        }
        try {
            this.constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    public static <T extends Record & RegisterRow> RowType<T> of(Register register, Class<T> type) {
        return new RowType<>(register, type);
    }

    public Register register() {
        return register;
    }

    public Class<T> type() {
        return type;
    }

    /** The register's columns, in the order of the record's components. */
    public List<String> columns() {
        return columns;
    }

    /**
     * The row as a record; a column missing from the row reads as null. The row's entries are walked once (its keys
     * are the reader's lower-case names): a look-up per column in its case-insensitive map cost half as much again.
     */
    public T from(Map<String, Object> row) {
        Object[] arguments = new Object[columns.size()];
        for (Map.Entry<String, Object> column : row.entrySet()) {
            Integer position = positions.get(column.getKey());
            if (position != null) {
                arguments[position] = values.get(position).apply(column.getValue());
            }
        }
        return BeanUtils.instantiateClass(constructor, arguments);
    }

    /** The drivers answer java.sql dates, timestamps or java.time values, and any Number for an integer. */
    private static Function<Object, Object> value(Class<?> type, RecordComponent component) {
        Class<?> javaType = component.getType();
        if (javaType == String.class || javaType == Boolean.class) {
            return v -> v;
        }
        if (javaType == LocalDate.class) {
            return Rows::localDate;
        }
        if (javaType == Instant.class) {
            return Rows::instant;
        }
        if (javaType == Integer.class) {
            return v -> v == null ? null : ((Number) v).intValue();
        }
        if (javaType == Long.class || javaType == long.class) {
            return v -> v == null ? null : ((Number) v).longValue();
        }
        throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName() + ": no register column reads as "
                + javaType.getSimpleName());
    }

    @Override
    public String toString() {
        return register.table() + " as " + type.getSimpleName();
    }
}
