package dev.tiketi.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One server instance as operators run it: its own JVM from the executable jar, in production mode against
 * the machine's PostgreSQL (a schema of its own) and Redis (a database of its own).
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);

    final int port;
    final Duration startup;
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerProcess(int port, Duration startup, Process process) {
        this.port = port;
        this.startup = startup;
        this.process = process;
    }

    static ServerProcess start(Path jar, Map<String, String> env, Path log) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // 3 GB: room for 20,000 idle sessions at the ~97 KB each measured before issue 18 (scenario 6), which a 1 GB
        // heap could not hold
        // -XX:-UsePerfData as the systemd unit runs it (deploy/systemd)
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("java", "-Xms256m",
                "-Xmx" + System.getProperty("tiketi.bench.serverHeap", "3g"), "-XX:-UsePerfData"));
        // e.g. -Dtiketi.bench.serverJvm=-XX:StartFlightRecording=filename=server.jfr to profile the server
        String extra = System.getProperty("tiketi.bench.serverJvm", "");
        if (!extra.isBlank()) {
            command.addAll(java.util.List.of(extra.strip().split("\\s+")));
        }
        command.addAll(java.util.List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.environment().put("SERVER_PORT", Integer.toString(port));
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        HttpClient c = HttpClient.newHttpClient();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited at start-up; see " + log);
            }
            try {
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - t0 > Duration.ofSeconds(90).toNanos()) {
                p.destroyForcibly();
                throw new IllegalStateException("the server did not become healthy in 90 s; see " + log);
            }
            Thread.sleep(100); // waiting for an external process to come up, not for a test outcome
        }
        return new ServerProcess(port, Duration.ofNanos(System.nanoTime() - t0), p);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Heap in use now, from the server's own Prometheus metrics (all heap pools added up). */
    long heapUsed() throws Exception {
        String text = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = HEAP.matcher(text);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return (long) sum;
    }

    /**
     * Live heap: a full collection first (jcmd GC.run), so that garbage not yet collected does not count as
     * memory a session or a start-up needs.
     */
    long liveHeap() throws Exception {
        Process gc = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!gc.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || gc.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed for the server process " + process.pid());
        }
        return heapUsed();
    }

    /** CPU, connections borrowed and Redis commands so far (see {@link Meters}). */
    Meters meters() throws Exception {
        Duration cpu = cpu();
        String text = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Meters.parse(cpu, text);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the server process has used so far (user + system), from the kernel. */
    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static Path jar(Path root) {
        Path p = root.resolve("server/target/tiketi-server-exec.jar");
        if (!new File(p.toString()).exists()) {
            throw new IllegalStateException("build the server first: mvn -DskipTests -pl server -am package");
        }
        return p;
    }
}
