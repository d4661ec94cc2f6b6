package uk.care.tracker.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.care.tracker.support.IntegrationTest;

/**
 * What an escalated-case or probation report for one month costs as history grows (issue 12, ADR 0004 "Escalated
 * cases and probation"): before (every case and action of all time read into memory, the definition in
 * {@link EscalatedCaseKpis} and {@link ProbationKpis}) and after ({@link EscalatedCaseFigures}, {@link ProbationFigures}),
 * in the same run on the same data. Not part of the test suite (the name matches neither *Test nor *IT) and it
 * asserts nothing about time. Run it against a PostgreSQL database of its own, which it empties and refills:
 *
 * <pre>
 * bash scripts/ensure-postgres DBNAME &amp;&amp; ./mvnw -B -ntp -o -q test -Dtest=EscalatedCaseAndProbationBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dtest.database.url=jdbc:postgresql://127.0.0.1:5432/DBNAME \
 *   -Dtest.database.user=sat_test -Dtest.database.password=sat_test
 * </pre>
 *
 * For 10,000 and 100,000 escalated cases (twice as many probation actions), written at the same rate from 2027 on so
 * that March 2027 holds the same cases whatever the size, it prints p50 of the month's report both ways and the
 * ratios, also to {@code target/benchmark/escalated-cases-and-probation.txt}.
 */
@Tag("benchmark")
class EscalatedCaseAndProbationBenchmark extends IntegrationTest {

    private static final ReportScope MONTH = ReportScope.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
    private static final LocalDate TODAY = LocalDate.of(2032, 1, 15);

    @Autowired EscalatedCaseKpis caseKpis;
    @Autowired EscalatedCaseFacts caseFacts;
    @Autowired EscalatedCaseFigures caseFigures;
    @Autowired ProbationKpis probationKpis;
    @Autowired ProbationActionFacts probationFacts;
    @Autowired ProbationFigures probationFigures;

    private final List<String> out = new ArrayList<>();

    @Test
    void a_months_report_before_and_after() throws IOException {
        line("| escalated cases (probation actions) | cases before, p50 ms | cases after, p50 ms | after with keys, p50 ms "
                + "| probation before, p50 ms | probation after, p50 ms | after with keys, p50 ms |");
        line("|---|---|---|---|---|---|---|");
        double[] first = null;
        for (int cases : new int[] {10_000, 100_000}) {
            seed(cases);
            double cb = p50(3, () -> caseKpis.report(MONTH, caseFacts.all(), TODAY));
            double ca = p50(10, () -> caseFigures.report(MONTH, TODAY, false));
            double ck = p50(10, () -> caseFigures.report(MONTH, TODAY, true));
            double pb = p50(3, () -> probationKpis.report(MONTH, probationFacts.all(), TODAY));
            double pa = p50(10, () -> probationFigures.report(MONTH, TODAY, false));
            double pk = p50(10, () -> probationFigures.report(MONTH, TODAY, true));
            line(String.format(Locale.ROOT, "| %,d (%,d) | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |", cases, 2 * cases, cb, ca, ck, pb, pa, pk));
            double[] now = {cb, ca, pb, pa};
            if (first == null) {
                first = now;
            } else {
                line(String.format(Locale.ROOT, "Ratio to 10,000 (p50): cases before %.2f, after %.2f; probation before %.2f, after %.2f",
                        now[0] / first[0], now[1] / first[1], now[2] / first[2], now[3] / first[3]));
            }
        }
        Path file = Path.of("target/benchmark/escalated-cases-and-probation.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private void seed(int cases) {
        jdbc.execute("TRUNCATE formal_escalation_tracker, workforce_case_closure_register, escalated_case_monitoring_log, "
                + "escalated_workforce_case_review, service_improvement_plan, probation_action_tracker, probation_support_log, "
                + "probation_escalation, new_starter_oversight");
        String sql;
        try {
            sql = new ClassPathResource("benchmark/escalated-cases-and-probation.sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String statement : sql.replace(":cases", String.valueOf(cases)).replace(":actions", String.valueOf(2 * cases)).split(";")) {
            if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                jdbc.execute(statement);
            }
        }
        jdbc.execute("ANALYZE");
    }

    private static double p50(int runs, Supplier<?> work) {
        work.get(); // warm-up
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private void line(String s) {
        out.add(s);
        System.out.println(s);
    }
}
