package uk.care.tracker.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.support.IntegrationTest;

/**
 * What the typed rows of ADR 0010 cost over the row maps they are built from, measured in the same run on the same
 * rows: every REGISTERED row of the action tracker read as maps and picked apart by hand (how the KPI facts read it
 * before) against the same rows read as {@link SupervisionRegisters.TrackerRow}s. Not part of the suite; run with
 *
 * <pre>./mvnw -q test -Dtest=RegisterReadBenchmark [-Dbenchmark.actions=100000]</pre>
 *
 * on the tests' H2, or on an empty PostgreSQL database with {@code -Dtest.database.url=... -Dtest.database.user=...
 * -Dtest.database.password=...}. Prints the medians and their ratio (also to {@code target/benchmark/register-read.txt});
 * asserts only that both read every row, never a time.
 */
@Tag("benchmark")
class RegisterReadBenchmark extends IntegrationTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    @Autowired RegisterReader reader;
    @Autowired SupervisionRegisters supervision;

    private final List<String> report = new ArrayList<>();

    @Test
    void typed_rows_against_row_maps() throws IOException {
        int actions = Integer.getInteger("benchmark.actions", 100_000);
        String run = UUID.randomUUID().toString().substring(0, 6);
        int before = supervision.registered(Items.ALL).size();
        List<Object[]> rows = new ArrayList<>();
        Instant at = Instant.parse("2026-01-05T10:00:00Z");
        for (int i = 0; i < actions; i++) {
            rows.add(new Object[] {"bench:" + run + ":" + i, "SA-B" + run + "-" + i, "S" + (i % 500), "line.manager",
                    Timestamp.from(at.plusSeconds(60L * i)), "REGISTERED", "Bring care notes up to date " + i, "RECORD_KEEPING",
                    Date.valueOf(LocalDate.of(2026, 2, 1).plusDays(i % 300)), Date.valueOf(LocalDate.of(2026, 1, 5)),
                    "line.manager", i % 7 == 0});
        }
        jdbc.batchUpdate("""
                INSERT INTO action_tracker (event_key, business_key, staff_id, acting_user, recorded_at, entry_type,
                  action_description, action_category, deadline, supervision_date, manager_responsible, late_entry)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        int expected = before + actions;
        line("%d REGISTERED rows in the action tracker (%d written for this run)", expected, actions);

        // the two take turns, in alternating order, so that load from other processes falls on both alike
        double[][] ms = alternate(expected, () -> {
            List<Object[]> picked = new ArrayList<>();
            for (Map<String, Object> row : reader.where(Register.ACTION_TRACKER, "entry_type = 'REGISTERED'")) {
                picked.add(new Object[] {row.get("business_key"), row.get("staff_id"), row.get("manager_responsible"),
                        row.get("action_category"), row.get("action_description"), Rows.localDate(row.get("supervision_date")),
                        Rows.instant(row.get("recorded_at")), Rows.localDate(row.get("deadline")),
                        Boolean.TRUE.equals(row.get("late_entry"))});
            }
            return picked.size();
        }, () -> supervision.registered(Items.ALL).size());
        double maps = summary("row maps, picked apart by hand (before)", ms[0]);
        double typed = summary("typed rows through SupervisionRegisters (after)", ms[1]);
        line("Ratio (median times): typed / maps = %.2f", typed / maps);

        Path out = Path.of("target", "benchmark", "register-read.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
    }

    /** Times of {@value #RUNS} turns of each after {@value #WARM_UP} warm-up turns, in milliseconds. */
    private double[][] alternate(int expected, Supplier<Integer> first, Supplier<Integer> second) {
        double[][] ms = new double[2][RUNS];
        List<Supplier<Integer>> reads = List.of(first, second);
        for (int turn = 0; turn < WARM_UP + RUNS; turn++) {
            for (int k = 0; k < 2; k++) {
                int which = turn % 2 == 0 ? k : 1 - k;
                long start = System.nanoTime();
                int count = reads.get(which).get();
                if (turn >= WARM_UP) {
                    ms[which][turn - WARM_UP] = (System.nanoTime() - start) / 1e6;
                }
                assertThat(count).isEqualTo(expected);
            }
        }
        return ms;
    }

    private double summary(String what, double[] ms) {
        Arrays.sort(ms);
        line("%-60s median %8.1f ms   (min %8.1f, max %8.1f)", what, ms[RUNS / 2], ms[0], ms[RUNS - 1]);
        return ms[RUNS / 2];
    }

    private void line(String format, Object... arguments) {
        String text = format.formatted(arguments);
        System.out.println(text);
        report.add(text);
    }
}
