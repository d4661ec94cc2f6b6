package uk.care.tracker.registers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row to append to a register: the common header every register row carries, plus the register's own
 * columns. The event key names the business event ("the verification done in task 42"), so that writing the
 * same event twice, as a retried job would, leaves one row.
 */
public final class RegisterEntry {

    /** The acting user of rows written on a timer or rule, where no person acted. */
    public static final String SYSTEM = "system";

    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

    private final Register register;
    private final String eventKey;
    private final String processInstanceId;
    private final String businessKey;
    private final String staffId;
    private final String actingUser;
    private final Long correctsId;
    private final Map<String, Object> columns;

    private RegisterEntry(Builder b) {
        this.register = Objects.requireNonNull(b.register, "register");
        this.eventKey = requireText(b.eventKey, "eventKey");
        this.processInstanceId = b.processInstanceId;
        this.businessKey = requireText(b.businessKey, "businessKey");
        // service-wide rows (governance summaries) concern no one staff member; tables say where one is required
        this.staffId = b.staffId;
        this.actingUser = b.actingUser;
        this.correctsId = b.correctsId;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(b.columns));
    }

    public static Builder in(Register register) {
        return new Builder(register);
    }

    public Register register() {
        return register;
    }

    /** The key as stored: unique per register, so the same event can be named the same way in two registers. */
    public String eventKey() {
        return eventKey;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String businessKey() {
        return businessKey;
    }

    public String staffId() {
        return staffId;
    }

    public String actingUser() {
        return actingUser;
    }

    public Long correctsId() {
        return correctsId;
    }

    public Map<String, Object> columns() {
        return columns;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required for a register row");
        }
        return value;
    }

    public static final class Builder {
        private final Register register;
        private String eventKey;
        private String processInstanceId;
        private String businessKey;
        private String staffId;
        private String actingUser;
        private Long correctsId;
        private final Map<String, Object> columns = new LinkedHashMap<>();

        private Builder(Register register) {
            this.register = register;
        }

        public Builder event(String eventKey) {
            this.eventKey = eventKey;
            return this;
        }

        public Builder process(String processInstanceId, String businessKey) {
            this.processInstanceId = processInstanceId;
            this.businessKey = businessKey;
            return this;
        }

        public Builder staff(String staffId) {
            this.staffId = staffId;
            return this;
        }

        public Builder actingUser(String actingUser) {
            this.actingUser = actingUser;
            return this;
        }

        public Builder corrects(Long rowId) {
            this.correctsId = rowId;
            return this;
        }

        public Builder set(String column, Object value) {
            if (!COLUMN.matcher(column).matches()) {
                throw new IllegalArgumentException("Not a column name: " + column);
            }
            columns.put(column, value);
            return this;
        }

        public RegisterEntry build() {
            return new RegisterEntry(this);
        }
    }
}
