package uk.care.tracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Workflow throughput (issue 13, item 3): full supervision-action lifecycles - start, the deputy's verification
 * (claimed, then completed), the manager's follow-up check with evidence, closed - driven as Tasklist drives them:
 * logged-in sessions of the care users, CSRF token, the webapp's engine API ({@code /camunda/api/engine}) through
 * the application's gate and bulkhead. The same lifecycles run on the process's bare twin ({@link BareTwin}, deployed
 * by the benchmark beside the real one) in the same run, on one node and then on two, on one PostgreSQL database.
 * Run it with {@code scripts/benchmark-throughput}; results go to {@code target/cluster/throughput.md}.
 */
class ThroughputBenchmark {

    private static final String PASSWORD = "demo";
    private static final String API = "/camunda/api/engine/engine/default/";
    private static final String TODAY = "2027-03-01";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> table = new ArrayList<>();
    private String dbUrl;
    private int staffUsed;

    record Phase(String process, int nodes, int lifecycles, double seconds, int refused) {
        double rate() {
            return lifecycles / seconds;
        }
    }

    @Test
    void lifecycles_of_the_application_and_of_its_bare_twin_on_one_node_and_on_two() throws Exception {
        dbUrl = System.getProperty("test.cluster.url");
        assumeTrue(dbUrl != null && dbUrl.startsWith("jdbc:postgresql:"), "needs PostgreSQL (test.cluster.url)");
        int lifecycles = Integer.getInteger("benchmark.lifecycles", 300);
        int clients = Integer.getInteger("benchmark.clients", 48);
        String classpath = System.getProperty("test.cluster.classes") + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("test.cluster.classpath.file"))).trim();
        List<String> properties = List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=sat_test", "--spring.datasource.password=sat_test", "--tracker.demo.history=false",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN", "--logging.level.org.camunda.bpm.engine.context=OFF");
        Path logs = Path.of("target", "cluster", "throughput");
        Node a = new Node("node-a", classpath, properties, logs);
        Node b = new Node("node-b", classpath, properties, logs);
        List<Phase> phases = new ArrayList<>();
        try {
            a.start();
            awaitReady(a);
            importStaff(a, 2 * 4 * lifecycles + 2 * 4 * Math.max(20, lifecycles / 10));
            deployBareTwin(a);
            setClock(a);
            // warm-up (JIT, caches, pools), not counted
            run(List.of(a), "supervision-action", Math.max(20, lifecycles / 10), clients);
            run(List.of(a), BareTwin.KEY, Math.max(20, lifecycles / 10), clients);
            phases.add(run(List.of(a), "supervision-action", lifecycles, clients));
            phases.add(run(List.of(a), BareTwin.KEY, lifecycles, clients));
            if (Integer.getInteger("benchmark.nodes", 2) >= 2) {
                b.start();
                awaitReady(b);
                setClock(b);
                run(List.of(a, b), "supervision-action", Math.max(20, lifecycles / 10), clients);
                phases.add(run(List.of(a, b), "supervision-action", lifecycles, clients));
                phases.add(run(List.of(a, b), BareTwin.KEY, lifecycles, clients));
            }
        } finally {
            a.stop();
            b.stop();
            report(phases, clients);
        }
        assertThat(phases).allSatisfy(p -> assertThat(p.refused()).as("refused lifecycles in %s", p).isZero());
    }

    /** {@code count} lifecycles of {@code process} by {@code clients} Tasklist users at once; timed until every one ended. */
    private Phase run(List<Node> nodes, String process, int count, int clients) throws Exception {
        int firstStaff = staffUsed;
        staffUsed += count;
        AtomicInteger next = new AtomicInteger();
        List<String> instances = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, long[]> before = Boolean.getBoolean("benchmark.db-stats") ? tableWrites() : null;
        Instant start = Instant.now();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Node node = nodes.get(c % nodes.size());
            done.add(pool.submit(() -> {
                TasklistSession manager = new TasklistSession(node, "line.manager");
                TasklistSession deputy = new TasklistSession(node, "deputy.manager");
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        instances.add(lifecycle(process, firstStaff + i, manager, deputy));
                    } catch (Exception e) {
                        refusals.merge(e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0], 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        awaitEnded(instances);
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
        Phase phase = new Phase(process, nodes.size(), instances.size(), seconds, refused);
        System.out.printf("[benchmark] %s: %d lifecycles in %.1f s (%.1f/s), refused %d %s%n", process, instances.size(), seconds,
                phase.rate(), refused, refusals.isEmpty() ? "" : refusals);
        if (before != null) {
            printWritesPerLifecycle(process, before, tableWrites(), instances.size());
        }
        return phase;
    }

    /** One action from its start to its closure, as the line manager and the deputy manager do it in Tasklist. */
    private String lifecycle(String process, int staff, TasklistSession manager, TasklistSession deputy) throws Exception {
        JsonNode started = manager.post(API + "process-definition/key/" + process + "/submit-form", """
                {"variables":{"staffId":{"value":"T%05d"},
                "actionDescription":{"value":"Audit five daily care notes with the senior carer and correct every gap"},
                "actionCategory":{"value":"RECORD_KEEPING"},"deadline":{"value":"2027-03-31"},
                "supervisionDate":{"value":"%s"},"managerResponsible":{"value":"line.manager"}}}""".formatted(staff, TODAY));
        String instance = started.get("id").asText();
        String verification = deputy.awaitTask(instance, "Task_DeputyVerification");
        deputy.post(API + "task/" + verification + "/claim", "{\"userId\":\"deputy.manager\"}");
        deputy.post(API + "task/" + verification + "/submit-form", """
                {"variables":{"outcomeClarity":{"value":"CLEAR"},"priority":{"value":"MEDIUM"},
                "evidenceRequired":{"value":"The corrected care notes signed by the senior carer"},
                "reviewDate":{"value":"2027-03-12"}}}""");
        String check = manager.awaitTask(instance, "Task_FollowUpCheck");
        manager.post(API + "task/" + check + "/submit-form", """
                {"variables":{"completionStatus":{"value":"COMPLETE"},"evidenceSeen":{"value":true},
                "dateChecked":{"value":"%s"},"evidenceType":{"value":"AUDIT_EVIDENCE"},
                "evidenceDescription":{"value":"Five care notes audited, every gap corrected and signed"}}}""".formatted(TODAY));
        return instance;
    }

    /** A logged-in Tasklist user: the session cookie and the CSRF token the webapps hand out. */
    private final class TasklistSession {
        private final Node node;
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        private String token;

        TasklistSession(Node node, String user) throws Exception {
            this.node = node;
            send("GET", "/camunda/api/admin/auth/user/default", null, null);
            HttpResponse<String> login = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                    "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded");
            if (login.statusCode() != 200) {
                throw new IllegalStateException("login of " + user + ": " + login.statusCode() + " " + login.body());
            }
            // the login began a new session; Tasklist's next read hands out that session's CSRF token
            token = null;
            send("GET", API + "task/count", null, null);
            if (token == null) {
                throw new IllegalStateException("no CSRF token for " + user);
            }
        }

        JsonNode post(String path, String json) throws Exception {
            HttpResponse<String> answer = send("POST", path, json, "application/json");
            if (answer.statusCode() >= 300) {
                JsonNode error = answer.body().startsWith("{") ? JSON.readTree(answer.body()) : null;
                throw new IllegalStateException(answer.statusCode() + " on " + path.replaceAll("[0-9a-f-]{36}", "{id}") + ": "
                        + (error != null && error.has("message") ? error.get("message").asText() : answer.body()));
            }
            return answer.body().isEmpty() ? null : JSON.readTree(answer.body());
        }

        /** Tasklist's task query for one instance's task, repeated until the engine has reached it. */
        String awaitTask(String instance, String taskKey) throws Exception {
            Instant until = Instant.now().plusSeconds(120);
            while (Instant.now().isBefore(until)) {
                JsonNode tasks = post(API + "task", "{\"processInstanceId\":\"" + instance + "\",\"taskDefinitionKey\":\"" + taskKey + "\"}");
                if (tasks.size() > 0) {
                    return tasks.get(0).get("id").asText();
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("no " + taskKey + " after 120 s");
        }

        private HttpResponse<String> send(String method, String path, String body, String type) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (token != null) {
                request.header("X-XSRF-TOKEN", token);
            }
            if (type != null) {
                request.header("Content-Type", type);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.equals("Required")).ifPresent(t -> token = t);
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                    .map(c -> c.substring("XSRF-TOKEN=".length()).split(";", 2)[0]).filter(t -> !t.isEmpty())
                    .findFirst().ifPresent(t -> token = t);
            return response;
        }
    }

    // ---- set-up ------------------------------------------------------------------------------------------------

    /** Deploys the bare twin with the forms it names, and lets line managers start it as they start the real one. */
    private void deployBareTwin(Node node) throws Exception {
        String boundary = UUID.randomUUID().toString();
        StringBuilder body = new StringBuilder();
        part(body, boundary, "deployment-name", null, "throughput benchmark bare twin");
        part(body, boundary, "supervision-action-bare.bpmn", "supervision-action-bare.bpmn",
                BareTwin.of(Path.of("processes", "supervision-action.bpmn")));
        for (String form : List.of("supervision-action-start", "deputy-verification", "follow-up-check", "reword-action",
                "overdue-review", "remedial-ownership")) {
            part(body, boundary, form + ".form", form + ".form", Files.readString(Path.of("forms", form + ".form")));
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> deployed = admin(node, "/engine-rest/deployment/create", body.toString(),
                "multipart/form-data; boundary=" + boundary);
        assertThat(deployed.statusCode()).as("bare twin deployed: %s", deployed.body()).isEqualTo(200);
        HttpResponse<String> grant = admin(node, "/engine-rest/authorization/create", """
                {"type":1,"permissions":["READ","CREATE_INSTANCE"],"groupId":"line-managers","resourceType":6,
                "resourceId":"%s"}""".formatted(BareTwin.KEY), "application/json");
        assertThat(grant.statusCode()).as("bare twin startable: %s", grant.body()).isEqualTo(200);
    }

    private static void part(StringBuilder body, String boundary, String name, String file, String content) {
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name).append('"');
        if (file != null) {
            body.append("; filename=\"").append(file).append("\"\r\nContent-Type: application/octet-stream");
        }
        body.append("\r\n\r\n").append(content).append("\r\n");
    }

    private void importStaff(Node node, int count) throws Exception {
        StringJoiner csv = new StringJoiner("\n", "staff_id,name,team,line_manager,job_role\n", "\n");
        for (int i = 0; i < count; i++) {
            csv.add("T%05d,Throughput Person %d,Oak House,line.manager,Care Worker".formatted(i, i));
        }
        HttpResponse<String> answer = call(node, "hr.lead", "/api/staff/import", csv.toString(), "text/csv");
        assertThat(answer.statusCode()).as("staff import: %s", answer.body()).isEqualTo(200);
    }

    private void setClock(Node node) throws Exception {
        assertThat(admin(node, "/api/demo/clock", "{\"now\":\"" + TODAY + "T10:00:00Z\"}", "application/json").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> admin(Node node, String path, String body, String type) throws Exception {
        return call(node, "admin", path, body, type);
    }

    private HttpResponse<String> call(Node node, String user, String path, String body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
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

    /** Every instance has ended (the last step after the follow-up check is an asynchronous register write). */
    private void awaitEnded(List<String> instances) throws Exception {
        if (instances.isEmpty()) {
            return;
        }
        StringJoiner ids = new StringJoiner(",");
        instances.forEach(id -> ids.add("'" + id + "'"));
        String sql = "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL AND ID_ IN (" + ids + ")";
        Instant until = Instant.now().plusSeconds(600);
        while (Instant.now().isBefore(until)) {
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                if (rs.getInt(1) == instances.size()) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not every lifecycle ended");
    }

    /**
     * Rows inserted, updated and deleted per table of this database, and its commits (row "(commits)"), from
     * PostgreSQL's statistics, for -Dbenchmark.db-stats=true. Backends report them when idle for up to 10 s: wait.
     */
    private Map<String, long[]> tableWrites() throws Exception {
        Thread.sleep(11_000);
        Map<String, long[]> writes = new java.util.TreeMap<>();
        try (Connection c = db(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables")) {
                while (rs.next()) {
                    writes.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT xact_commit, xact_rollback, tup_fetched FROM pg_stat_database "
                    + "WHERE datname = current_database()")) {
                rs.next();
                writes.put("(commits, rollbacks, rows fetched)", new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        return writes;
    }

    private static void printWritesPerLifecycle(String process, Map<String, long[]> before, Map<String, long[]> after, int n) {
        after.forEach((table, now) -> {
            long[] then = before.getOrDefault(table, new long[3]);
            double[] per = new double[3];
            for (int i = 0; i < 3; i++) {
                per[i] = (now[i] - then[i]) / (double) Math.max(1, n);
            }
            if (per[0] + per[1] + per[2] > 0) {
                System.out.printf("[benchmark] db %s %s: ins/upd/del per lifecycle %.1f %.1f %.1f%n", process, table,
                        per[0], per[1], per[2]);
            }
        });
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, "sat_test", "sat_test");
    }

    private void report(List<Phase> phases, int clients) throws Exception {
        table.add("| process | nodes | lifecycles | time | lifecycles/s | app / bare | two nodes / one |");
        table.add("|---|---|---|---|---|---|---|");
        for (Phase p : phases) {
            Phase bare = find(phases, BareTwin.KEY, p.nodes());
            Phase oneNode = find(phases, p.process(), 1);
            table.add("| %s | %d | %d | %.1f s | %.1f | %s | %s |".formatted(p.process(), p.nodes(), p.lifecycles(), p.seconds(),
                    p.rate(), p.process().equals(BareTwin.KEY) || bare == null ? "" : "%.2f".formatted(p.rate() / bare.rate()),
                    p.nodes() == 1 || oneNode == null ? "" : "%.2f".formatted(p.rate() / oneNode.rate())));
        }
        table.add("");
        table.add(clients + " Tasklist clients; refused lifecycles: "
                + phases.stream().mapToInt(Phase::refused).sum());
        Files.createDirectories(Path.of("target", "cluster"));
        Files.write(Path.of("target", "cluster", "throughput.md"), table);
        table.forEach(line -> System.out.println("[benchmark] " + line));
    }

    private static Phase find(List<Phase> phases, String process, int nodes) {
        return phases.stream().filter(p -> p.process().equals(process) && p.nodes() == nodes).findFirst().orElse(null);
    }
}
