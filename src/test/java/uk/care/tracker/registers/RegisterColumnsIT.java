package uk.care.tracker.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * ADR 0010: the register columns the code names are the columns the migrations create. Runs the migrations into a
 * database of its own (an in-memory H2, or a fresh schema of the PostgreSQL the build provides), without starting the
 * application, then checks each workflow's row definitions against the tables, both ways, and runs every query its
 * reader makes against the empty tables, so that a renamed or misspelt column fails here and not in production.
 */
class RegisterColumnsIT {

    /** The one reader per workflow (ADR 0010); a new one is added here. */
    static final List<Class<? extends WorkflowRegisters>> WORKFLOWS =
            List.of(SupervisionRegisters.class, EscalatedCaseRegisters.class, ProbationRegisters.class);

    private static final String URL = System.getProperty("test.database.url");
    private static final String SCHEMA = "register_columns_" + UUID.randomUUID().toString().substring(0, 8);

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() {
        boolean postgres = URL != null && URL.startsWith("jdbc:postgresql:");
        DriverManagerDataSource database = postgres
                ? new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                        System.getProperty("test.database.user"), System.getProperty("test.database.password"))
                : new DriverManagerDataSource("jdbc:h2:mem:" + SCHEMA + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres ? "postgresql" : "h2"))
                .schemas(postgres ? new String[] {SCHEMA} : new String[0])
                // as application.yaml gives it: V120 works out days in the provider's zone
                .placeholders(java.util.Map.of("zone", "Europe/London"))
                .load().migrate();
        jdbc = new JdbcTemplate(database);
    }

    @AfterAll
    static void dropSchema() {
        if (URL != null && URL.startsWith("jdbc:postgresql:")) {
            jdbc.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        } else {
            jdbc.execute("SHUTDOWN");
        }
    }

    static Stream<RowType<?>> rowTypes() {
        return WORKFLOWS.stream().flatMap(RegisterColumnsIT::rowTypes);
    }

    private static Stream<RowType<?>> rowTypes(Class<?> workflow) {
        return Arrays.stream(workflow.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == RowType.class)
                .map(f -> {
                    try {
                        return (RowType<?>) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowTypes")
    void every_column_a_row_names_is_a_column_of_its_register_and_every_column_of_the_register_is_named(RowType<?> type) {
        Set<String> table = columnsOf(type.register().table());

        assertThat(type.columns()).as("columns of %s named by %s", type.register().table(), type.type().getName())
                .containsExactlyInAnyOrderElementsOf(table);
    }

    /** A row definition the reader does not list would be checked here but read nowhere, or the other way round. */
    @Test
    void every_row_definition_of_a_reader_is_one_of_its_registers() {
        for (WorkflowRegisters workflow : readers()) {
            assertThat(workflow.rowTypes()).as("registers of %s", workflow.getClass().getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(rowTypes(workflow.getClass()).toList());
        }
    }

    /** Every query of every reader runs: a column in a condition that the tables do not have fails it. */
    @Test
    void every_query_of_a_reader_runs_on_the_migrated_tables() {
        for (WorkflowRegisters workflow : readers()) {
            Timestamp now = Timestamp.from(Instant.now());
            assertThatCode(() -> jdbc.queryForList(workflow.keysOpenDuring(), now, now))
                    .as("%s.keysOpenDuring", workflow.getClass().getSimpleName()).doesNotThrowAnyException();
            for (Method query : workflow.getClass().getDeclaredMethods()) {
                if (Modifier.isPublic(query.getModifiers()) && !Modifier.isStatic(query.getModifiers())
                        && query.getDeclaringClass() == workflow.getClass()) {
                    Object[] arguments = Arrays.stream(query.getParameterTypes()).map(RegisterColumnsIT::anyValue).toArray();
                    assertThatCode(() -> query.invoke(workflow, arguments))
                            .as("%s.%s", workflow.getClass().getSimpleName(), query.getName()).doesNotThrowAnyException();
                }
            }
        }
    }

    private static List<WorkflowRegisters> readers() {
        RegisterReader reader = new RegisterReader(jdbc);
        List<WorkflowRegisters> readers = new ArrayList<>();
        for (Class<? extends WorkflowRegisters> workflow : WORKFLOWS) {
            try {
                readers.add(workflow.getConstructor(RegisterReader.class).newInstance(reader));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(workflow + " is not built from a RegisterReader alone", e);
            }
        }
        return readers;
    }

    private static Object anyValue(Class<?> type) {
        Function<Class<?>, Object> none = t -> {
            throw new IllegalArgumentException("no sample value of " + t + ": add one here");
        };
        return type == String.class ? "x" : type == LocalDate.class ? LocalDate.EPOCH : type == Instant.class ? Instant.EPOCH
                : type == Items.class ? Items.of(List.of("x")) // the condition as Items.ALL reads it, with a key list
                : none.apply(type);
    }

    private static Set<String> columnsOf(String table) {
        return jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Set<String> names = new LinkedHashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            return names;
        });
    }
}
