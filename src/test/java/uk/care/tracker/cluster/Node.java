package uk.care.tracker.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One application node: the application's main class in a JVM of its own, its output in a log file. */
final class Node {

    final String name;
    final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    Node(String name, String classpath, List<String> properties, Path logDirectory) {
        this.name = name;
        this.port = freePort();
        this.log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // two small JVMs beside the test's on two shared cores: start fast, stay small
                "-Xmx448m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Duser.timezone=UTC"));
        // e.g. a profiler: -Dtest.cluster.jvm-args='-XX:StartFlightRecording=filename=target/cluster/%s.jfr' (%s: node)
        String extra = System.getProperty("test.cluster.jvm-args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.replace("%s", name).split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath, "uk.care.tracker.TrackerApplication", "--server.port=" + port,
                "--tracker.cluster.node-name=" + name));
        command.addAll(properties);
        this.command = command;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    synchronized void start() {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node " + name, e);
        }
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** kill -9: no shutdown hook, no orderly close; the database sees the connections drop. */
    synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
