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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How long a storm of escalation deadlines falling at one midnight takes on one node and on two (issue 13). Not part
 * of {@code ./mvnw verify}; run it by name in the PostgreSQL integration run:
 * <pre>
 * ./mvnw -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TimerStormBenchmark \
 *     -Dfailsafe.failIfNoSpecifiedTests=false -Dbenchmark.deadlines=2000
 * </pre>
 * {@code benchmark.deadlines} (default 2,000) medication actions are started through the REST API (8 clients), then
 * the demo clock passes their escalation moment and the time until every one is in the overdue register is taken:
 * first with node-a alone, then, with as many new actions, with node-a and node-b. Results go to
 * {@code target/cluster/timer-storm.txt}.
 */
class TimerStormBenchmark {

    private static final String PASSWORD = "demo";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> results = new ArrayList<>();
    private String dbUrl;

    @Test
    void a_storm_of_escalations_on_one_node_then_on_two() throws Exception {
        dbUrl = System.getProperty("test.cluster.url");
        assumeTrue(dbUrl != null && dbUrl.startsWith("jdbc:postgresql:"), "needs PostgreSQL (test.cluster.url)");
        int deadlines = Integer.getInteger("benchmark.deadlines", 2000);
        String classpath = System.getProperty("test.cluster.classes") + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("test.cluster.classpath.file"))).trim();
        List<String> properties = List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=sat_test", "--spring.datasource.password=sat_test", "--tracker.demo.history=false",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN", "--logging.level.org.camunda.bpm.engine.context=OFF");
        Node a = new Node("node-a", classpath, properties, Path.of("target", "cluster", "benchmark"));
        Node b = new Node("node-b", classpath, properties, Path.of("target", "cluster", "benchmark"));
        try {
            a.start();
            awaitReady(a);
            importStaff(a, 2 * deadlines);
            storm(List.of(a), 0, deadlines, "2027-03-01", "2027-03-02", "2027-03-03T10:00:00Z");
            b.start();
            awaitReady(b);
            storm(List.of(a, b), deadlines, deadlines, "2027-03-03", "2027-03-04", "2027-03-05T10:00:00Z");
        } finally {
            a.stop();
            b.stop();
            Files.createDirectories(Path.of("target", "cluster"));
            Files.write(Path.of("target", "cluster", "timer-storm.txt"), results);
        }
    }

    private void storm(List<Node> nodes, int from, int count, String supervisionDate, String deadline, String after) throws Exception {
        for (Node node : nodes) {
            setClock(node, supervisionDate + "T09:00:00Z");
        }
        int before = escalated();
        Instant startAt = Instant.now();
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
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
        awaitCount("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ <> 'timer-event-subprocess-start' AND HANDLER_TYPE_ NOT LIKE 'timer%'",
                0, Duration.ofMinutes(10));
        Instant storm = Instant.now();
        for (Node node : nodes) {
            setClock(node, after);
        }
        int expected = before + count - failed;
        awaitCount("SELECT COUNT(*) FROM overdue_actions_register WHERE entry_type = 'ESCALATED'", expected, Duration.ofMinutes(20));
        double stormSeconds = Duration.between(storm, Instant.now()).toMillis() / 1000.0;
        int doubled;
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM (SELECT business_key FROM overdue_actions_register WHERE entry_type = 'ESCALATED' "
                        + "GROUP BY business_key HAVING COUNT(*) > 1) d")) {
            rs.next();
            doubled = rs.getInt(1);
        }
        String line = ("%d node(s): %d actions started in %.1f s (%.1f/s, %d refused); %d escalations at one midnight in %.1f s "
                + "(%.0f/s), %d doubled").formatted(nodes.size(), count - failed, startSeconds, (count - failed) / startSeconds,
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
