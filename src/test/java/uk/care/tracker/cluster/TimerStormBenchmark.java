package uk.care.tracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How long a storm of escalation deadlines falling at one midnight takes (issue 13). Not part of {@code ./mvnw verify};
 * run it with {@code scripts/benchmark-throughput --storm [--deadlines N] [--nodes 1|2] [--trials ...]}.
 * <p>
 * Each phase starts {@code benchmark.deadlines} (default 2,000) medication actions through the REST API as the line
 * manager ({@code benchmark.clients} clients, default 16), waits until they are all at their verification, then the
 * demo clock passes their escalation moment and the time until every one is in the overdue register is taken, with
 * every overdue review and escalation notice there once. The phases, in one run on one database: a node with the
 * settings shipped before issue 13's tuning ({@link #BASELINE}), a node with the shipped settings, nodes with the
 * settings to try, and the last settings on two nodes. Results go to {@code target/cluster/timer-storm.txt}.
 */
class TimerStormBenchmark {

    private static final String PASSWORD = "demo";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> results = new ArrayList<>();
    private String dbUrl;

    /**
     * Camunda Spring Boot's job executor defaults, the settings shipped before issue 13's tuning: the baseline that the
     * shipped settings are compared with in the same run.
     */
    static final List<String> BASELINE = List.of("--camunda.bpm.job-execution.core-pool-size=3",
            "--camunda.bpm.job-execution.max-pool-size=10", "--camunda.bpm.job-execution.queue-capacity=3",
            "--camunda.bpm.job-execution.max-jobs-per-acquisition=3", "--camunda.bpm.job-execution.wait-time-in-millis=5000",
            "--camunda.bpm.job-execution.max-wait=60000", "--spring.datasource.hikari.maximum-pool-size=16");

    @Test
    void a_storm_of_escalations_with_the_old_settings_then_the_shipped_ones_then_on_two_nodes() throws Exception {
        dbUrl = System.getProperty("test.cluster.url");
        assumeTrue(dbUrl != null && dbUrl.startsWith("jdbc:postgresql:"), "needs PostgreSQL (test.cluster.url)");
        int deadlines = Integer.getInteger("benchmark.deadlines", 2000);
        int nodes = Integer.getInteger("benchmark.nodes", 2);
        boolean baseline = Boolean.parseBoolean(System.getProperty("benchmark.baseline", "true"));
        String classpath = System.getProperty("test.cluster.classes") + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("test.cluster.classpath.file"))).trim();
        List<String> properties = List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=sat_test", "--spring.datasource.password=sat_test", "--tracker.demo.history=false",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN", "--logging.level.org.camunda.bpm.engine.context=OFF");
        // the phases, each on nodes of its own settings: the old settings, the shipped ones, settings to try
        // (-Dbenchmark.trials="--a=1,--b=2;--a=4": trials separated by ';', a trial's arguments by ','), two nodes
        Map<String, List<String>> settings = new LinkedHashMap<>();
        if (baseline) {
            settings.put("old settings", BASELINE);
        }
        settings.put("shipped", List.of());
        String trials = System.getProperty("benchmark.trials", "");
        for (String trial : trials.isBlank() ? new String[0] : trials.split(";")) {
            settings.put("shipped + " + trial, List.of(trial.split(",")));
        }
        Path logs = Path.of("target", "cluster", "benchmark");
        int phases = settings.size() + (nodes > 1 ? 1 : 0);
        // one phase a working day from Monday 1 March 2027 (each passes one midnight); a Friday midnight would also
        // close the weekly overdue reviews of the phases before as missed
        assertThat(phases).as("phases within one working week").isLessThanOrEqualTo(4);
        LocalDate day = LocalDate.parse("2027-03-01");
        int from = 0;
        List<Node> running = new ArrayList<>();
        try {
            int index = 0;
            for (Map.Entry<String, List<String>> phase : settings.entrySet()) {
                Node node = new Node("node-" + (char) ('a' + index++), classpath, concat(properties, phase.getValue()), logs);
                running.add(node);
                node.start();
                awaitReady(node);
                if (from == 0) {
                    importStaff(node, phases * deadlines);
                }
                boolean last = index == settings.size();
                if (!last || nodes == 1) {
                    storm(phase.getKey(), List.of(node), from, deadlines, day);
                    from += deadlines;
                    day = day.plusDays(1);
                }
                if (!last) {
                    node.stop();
                } else if (nodes > 1) {
                    // the last settings: first alone, then with a second node of the same settings
                    storm(phase.getKey(), List.of(node), from, deadlines, day);
                    from += deadlines;
                    day = day.plusDays(1);
                    Node second = new Node("node-" + (char) ('a' + index), classpath, concat(properties, phase.getValue()), logs);
                    running.add(second);
                    second.start();
                    awaitReady(second);
                    storm(phase.getKey() + ", two nodes", List.of(node, second), from, deadlines, day);
                }
            }
        } finally {
            for (Node node : running) {
                node.stop();
            }
            Files.createDirectories(Path.of("target", "cluster"));
            Files.write(Path.of("target", "cluster", "timer-storm.txt"), results);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Actions supervised and due on {@code day}, escalating at the midnight after it, which the clock then passes. */
    private void storm(String label, List<Node> nodes, int from, int count, LocalDate day) throws Exception {
        String supervisionDate = day.toString();
        String deadline = day.toString();
        String after = day.plusDays(1) + "T10:00:00Z";
        for (Node node : nodes) {
            setClock(node, supervisionDate + "T10:00:00Z");
        }
        int before = escalated();
        Instant startAt = Instant.now();
        AtomicInteger next = new AtomicInteger(from);
        int clientCount = Integer.getInteger("benchmark.clients", 16);
        ExecutorService clients = Executors.newFixedThreadPool(clientCount);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < clientCount; t++) {
            done.add(clients.submit(() -> {
                int failed = 0;
                for (int i = next.getAndIncrement(); i < from + count; i = next.getAndIncrement()) {
                    Node node = nodes.get(i % nodes.size());
                    String body = """
                            {"variables":{"staffId":{"value":"B%05d"},
                            "actionDescription":{"value":"Complete a witnessed medication round and the competency sign-off"},
                            "actionCategory":{"value":"MEDICATION"},"deadline":{"value":"%s"},"supervisionDate":{"value":"%s"},
                            "managerResponsible":{"value":"line.manager"}}}""".formatted(i, deadline, supervisionDate);
                    if (call(node, "line.manager", "POST", "/engine-rest/process-definition/key/supervision-action/submit-form",
                            body, "application/json").statusCode() != 200) {
                        failed++;
                    }
                }
                return failed;
            }));
        }
        int failed = 0;
        for (Future<Integer> f : done) {
            failed += f.get();
        }
        clients.shutdown();
        double startSeconds = Duration.between(startAt, Instant.now()).toMillis() / 1000.0;
        // the started actions' asynchronous steps are done (the engine's own jobs, such as the history clean-up, stay)
        awaitCount("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'async-continuation'", 0, Duration.ofMinutes(20));
        Instant storm = Instant.now();
        for (Node node : nodes) {
            setClock(node, after);
        }
        int expected = before + count - failed;
        awaitCount("SELECT COUNT(*) FROM overdue_actions_register WHERE entry_type = 'ESCALATED'", expected, Duration.ofMinutes(20));
        double stormSeconds = Duration.between(storm, Instant.now()).toMillis() / 1000.0;
        int doubled = count("SELECT COUNT(*) FROM (SELECT business_key FROM overdue_actions_register WHERE entry_type = 'ESCALATED' "
                + "GROUP BY business_key HAVING COUNT(*) > 1) d")
                + count("SELECT COUNT(*) FROM (SELECT business_key FROM notification_outbox WHERE kind = 'ESCALATION' "
                + "GROUP BY business_key HAVING COUNT(*) > 1) d")
                + count("SELECT COUNT(*) FROM (SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_OverdueReview' "
                + "GROUP BY PROC_INST_ID_ HAVING COUNT(*) > 1) d");
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_OverdueReview'")).as("overdue reviews")
                .isEqualTo(expected);
        assertThat(count("SELECT COUNT(DISTINCT business_key) FROM notification_outbox WHERE kind = 'ESCALATION'"))
                .as("escalation notices").isEqualTo(expected);
        String line = ("%s, %d node(s): %d actions started in %.1f s (%.1f/s, %d refused); %d escalations at one midnight in %.1f s "
                + "(%.0f/s), %d doubled").formatted(label, nodes.size(), count - failed, startSeconds, (count - failed) / startSeconds,
                failed, count - failed, stormSeconds, (count - failed) / stormSeconds, doubled);
        results.add(line);
        System.out.println("[benchmark] " + line);
        assertThat(doubled).isZero();
    }

    private void importStaff(Node node, int count) throws Exception {
        StringJoiner csv = new StringJoiner("\n", "staff_id,name,team,line_manager,job_role\n", "\n");
        for (int i = 0; i < count; i++) {
            csv.add("B%05d,Benchmark Person %d,Oak House,line.manager,Care Worker".formatted(i, i));
        }
        assertThat(call(node, "hr.lead", "POST", "/api/staff/import", csv.toString(), "text/csv").statusCode()).isEqualTo(200);
    }

    private void setClock(Node node, String now) throws Exception {
        assertThat(call(node, "admin", "POST", "/api/demo/clock", "{\"now\":\"" + now + "\"}", "application/json").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> call(Node node, String user, String method, String path, String body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady(Node node) throws Exception {
        Instant until = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(until)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(node.url("/actuator/health/readiness"))).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not yet
            }
            assertThat(node.alive()).as(node.name + " stopped:\n" + node.logTail(40)).isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError(node.name + " not ready");
    }

    private void awaitCount(String sql, int expected, Duration limit) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                if (rs.getInt(1) == expected) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Waited " + limit + " for " + expected + ": " + sql);
    }

    private int count(String sql) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int escalated() throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM overdue_actions_register WHERE entry_type = 'ESCALATED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, "sat_test", "sat_test");
    }
}
