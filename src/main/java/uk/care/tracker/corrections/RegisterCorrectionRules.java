package uk.care.tracker.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedCaseInsensitiveMap;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.registers.Register;

/**
 * What a correction may write into a register column: the same rules as the form the value first came from (its
 * allowed values, required, shortest and longest text, a real date), read from that Camunda form itself, and for
 * every column the rules of the column (its type, its size, whether it may be empty). A user id must name a user;
 * an evidence reference must name a file uploaded for the same item.
 */
@Component
public class RegisterCorrectionRules {

    /** The forms whose fields end up in each register (a column {@code completion_status} is the field {@code completionStatus}). */
    static final Map<Register, List<String>> FORMS = Map.ofEntries(
            Map.entry(Register.ACTION_TRACKER, List.of("supervision-action-start", "deputy-verification", "reword-action")),
            Map.entry(Register.ACTION_CLOSURE_LOG, List.of("follow-up-check")),
            Map.entry(Register.OVERDUE_ACTIONS_REGISTER, List.of("overdue-review", "remedial-ownership")),
            Map.entry(Register.FORMAL_ESCALATION_TRACKER, List.of("escalated-case-start")),
            Map.entry(Register.ESCALATION_ACTION_PLAN, List.of("escalation-action-plan", "staff-acknowledgement")),
            Map.entry(Register.ESCALATED_CASE_MONITORING_LOG, List.of("monitoring-check")),
            Map.entry(Register.ESCALATED_WORKFORCE_CASE_REVIEW, List.of("case-review")),
            Map.entry(Register.WORKFORCE_CASE_CLOSURE_REGISTER, List.of("hr-close-or-advance")),
            Map.entry(Register.SERVICE_IMPROVEMENT_PLAN, List.of("senior-oversight-review")),
            Map.entry(Register.PROBATION_ACTION_TRACKER, List.of("probation-action-start")),
            Map.entry(Register.PROBATION_SUPPORT_LOG, List.of("mentor-support-log")),
            Map.entry(Register.NEW_STARTER_OVERSIGHT, List.of("probation-verification", "week-12-early-warning")),
            Map.entry(Register.PROBATION_ESCALATION, List.of("probation-escalation", "enhanced-oversight-review")),
            Map.entry(Register.GOVERNANCE_MEETING, List.of("governance-review")),
            Map.entry(Register.MANAGER_NON_COMPLIANCE_REVIEW, List.of("non-compliance-review")));

    /** Columns whose form field has another name. */
    static final Map<String, String> FIELD_NAMES = Map.of(
            "evidence_file_id", "evidenceId",
            "shift_observations", "checkShiftObservations",
            "audit_findings", "checkAuditFindings",
            "progress_rating", "checkProgressRating");

    /** Columns that hold a Camunda user id. */
    static final List<String> USER_COLUMNS = List.of("manager_responsible", "person_responsible", "remedial_owner", "line_manager");

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");

    private final JdbcTemplate jdbc;
    private final IdentityService identities;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Register, Map<String, Column>> columns = new ConcurrentHashMap<>();
    private final Map<Register, Map<String, Field>> fields = new ConcurrentHashMap<>();

    public RegisterCorrectionRules(JdbcTemplate jdbc, IdentityService identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    /** A column as the database defines it. */
    record Column(String name, int sqlType, int size, int scale, boolean nullable) {
    }

    /** A form field's rules: allowed values (empty for free entry), required, shortest and longest text, its type. */
    record Field(String key, String type, List<String> values, boolean required, Integer minLength, Integer maxLength) {
    }

    /**
     * Checks every change and answers the values to write, typed for their columns (a date as a date), or adds
     * the problems to {@code check}.
     */
    public Map<String, Object> check(Register register, Map<String, Object> changes, String businessKey, EntryCheck check) {
        Map<String, Column> columnsOf = columns.computeIfAbsent(register, this::readColumns);
        Map<String, Field> fieldsOf = fields.computeIfAbsent(register, this::readFields);
        Map<String, Object> typed = new LinkedCaseInsensitiveMap<>();
        changes.forEach((name, value) -> {
            Column column = columnsOf.get(name.toLowerCase(java.util.Locale.ROOT));
            if (column == null) {
                check.problem("'" + EntryCheck.shown(name) + "' is not a column of " + register.articleName() + ".");
                return;
            }
            Field field = fieldsOf.get(column.name());
            Object checked = value(column, field, value, businessKey, check);
            typed.put(name, checked);
        });
        return typed;
    }

    private Object value(Column column, Field field, Object value, String businessKey, EntryCheck check) {
        String name = column.name();
        boolean required = !column.nullable() || (field != null && field.required() && !"checkbox".equals(field.type()));
        if (value == null || (value instanceof String s && EntryCheck.isBlank(s) && s.indexOf('\0') < 0)) {
            if (required) {
                check.problem("'" + name + "' cannot be emptied: the form requires it.");
            }
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            check.problem("'" + name + "' takes a single value, not a list or an object.");
            return null;
        }
        String text = value.toString();
        if (field != null && !field.values().isEmpty()) {
            String given = value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : text;
            if (!field.values().contains(given)) {
                check.problem("'" + name + "' must be one of " + String.join(", ", field.values()) + ", not '"
                        + EntryCheck.shown(text) + "'.");
                return null;
            }
        }
        Object typed = switch (column.sqlType()) {
            case Types.DATE -> check.date(value, name.replace('_', ' '), true);
            case Types.BOOLEAN, Types.BIT -> bool(name, value, check);
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> {
                Integer number = check.wholeNumber(value, name.replace('_', ' '), 0, Integer.MAX_VALUE);
                yield number == null ? null : number.longValue();
            }
            case Types.NUMERIC, Types.DECIMAL -> decimal(column, value, check);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> timestamp(name, value, check);
            case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.CLOB -> text(column, field, value, check);
            default -> {
                check.problem("'" + name + "' cannot be corrected.");
                yield null;
            }
        };
        if (typed instanceof String s && USER_COLUMNS.contains(name)) {
            if (!USER_ID.matcher(s).matches() || identities.createUserQuery().userId(s).count() == 0) {
                check.problem("'" + name + "' must name a user of the application; there is no user '" + EntryCheck.shown(s) + "'.");
            }
        }
        if (typed instanceof String s && "evidence_file_id".equals(name)) {
            List<String> owners = jdbc.queryForList("SELECT business_key FROM evidence_file WHERE id = ?", String.class, s);
            if (owners.isEmpty()) {
                check.problem("No uploaded evidence has the reference '" + EntryCheck.shown(s) + "'.");
            } else if (!Objects.equals(owners.get(0), businessKey)) {
                check.problem("The evidence '" + s + "' was not uploaded for " + businessKey
                        + "; a correction may cite only evidence uploaded for the same item.");
            }
        }
        return typed;
    }

    private static Object text(Column column, Field field, Object value, EntryCheck check) {
        if (!(value instanceof String text)) {
            check.problem("'" + column.name() + "' takes text, not " + value + ".");
            return null;
        }
        int max = column.size() > 0 ? column.size() : Integer.MAX_VALUE;
        if (field != null && field.maxLength() != null) {
            max = Math.min(max, field.maxLength());
        }
        int min = field != null && field.minLength() != null ? field.minLength() : 1;
        int before = problems(check);
        check.requireText(text, min, max, "The corrected " + column.name().replace('_', ' '));
        return problems(check) > before ? null : text.strip();
    }

    private static Boolean bool(String name, Object value, EntryCheck check) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        check.problem("'" + name + "' is true or false, not '" + EntryCheck.shown(value) + "'.");
        return null;
    }

    private static BigDecimal decimal(Column column, Object value, EntryCheck check) {
        try {
            BigDecimal number = new BigDecimal(value.toString().trim());
            int integerDigits = number.precision() - number.scale();
            if (column.size() > 0 && integerDigits > column.size() - column.scale()) {
                check.problem("'" + column.name() + "' is too large.");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            check.problem("'" + column.name() + "' must be a number, not '" + EntryCheck.shown(value) + "'.");
            return null;
        }
    }

    private static OffsetDateTime timestamp(String name, Object value, EntryCheck check) {
        try {
            return OffsetDateTime.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            check.problem("'" + name + "' must be a date and time with its offset (2026-12-18T09:00:00Z), not '"
                    + EntryCheck.shown(value) + "'.");
            return null;
        }
    }

    private static int problems(EntryCheck check) {
        return check.problemCount();
    }

    private Map<String, Column> readColumns(Register register) {
        // the table name comes from the Register enum, never from the request
        return jdbc.query("SELECT * FROM " + register.table() + " WHERE 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Column> byName = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                byName.put(name, new Column(name, meta.getColumnType(i), meta.getPrecision(i), meta.getScale(i),
                        meta.isNullable(i) != ResultSetMetaData.columnNoNulls));
            }
            return byName;
        });
    }

    private Map<String, Field> readFields(Register register) {
        Map<String, Field> byKey = new HashMap<>();
        for (String form : FORMS.getOrDefault(register, List.of())) {
            try (InputStream in = new ClassPathResource("forms/" + form + ".form").getInputStream()) {
                collect(json.readTree(in).path("components"), byKey);
            } catch (IOException e) {
                throw new UncheckedIOException("The form " + form + " could not be read", e);
            }
        }
        Map<String, Field> byColumn = new HashMap<>();
        byKey.forEach((key, field) -> byColumn.put(column(key), field));
        FIELD_NAMES.forEach((column, key) -> {
            if (byKey.containsKey(key)) {
                byColumn.put(column, byKey.get(key));
            }
        });
        return byColumn;
    }

    private static void collect(JsonNode components, Map<String, Field> byKey) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.get("components"), byKey);
            }
            String key = component.path("key").asText(null);
            if (key == null) {
                continue;
            }
            List<String> values = new ArrayList<>();
            component.path("values").forEach(v -> values.add(v.path("value").asText()));
            JsonNode validate = component.path("validate");
            byKey.putIfAbsent(key, new Field(key, component.path("type").asText(), List.copyOf(values),
                    // a field the form shows only on some answers (a hide condition) is required only then
                    validate.path("required").asBoolean(false) && !component.has("conditional"),
                    validate.has("minLength") ? validate.get("minLength").asInt() : null,
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null));
        }
    }

    /** {@code completionStatus} -> {@code completion_status}. */
    static String column(String fieldKey) {
        return fieldKey.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
