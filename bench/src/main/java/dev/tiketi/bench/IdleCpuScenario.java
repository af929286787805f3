package dev.tiketi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scenario 8: the server with the benchmark's world loaded (every event, hold, queue and account the scenarios
 * before made) and no requests at all: what its background work (sweeper, admitter, pushers, heart-beats)
 * costs. Process CPU over the window, and per thread from /proc/&lt;pid&gt;/task/*&#47;stat, so a busy one is
 * named.
 */
final class IdleCpuScenario {
    static final double SECONDS = Double.parseDouble(System.getProperty("tiketi.bench.idleSeconds", "60"));

    private IdleCpuScenario() {
    }

    /** {@code compiling}: the JIT compiler threads' share, included in {@code share}. */
    record Outcome(Meters.Cost perSecond, double share, double compiling, List<String> busiest) {
    }

    static Outcome run(ServerProcess server) throws Exception {
        // The last scenario's tail (deliveries, closes) settles first, and so does the JIT: right after a load it is
        // still compiling what the load made hot (1.45 % of a core in a 40 s window that started 5 s after it),
        // work that ends rather than an idle server's cost. Its share is reported either way. Then nothing is sent.
        Thread.sleep(30_000);
        Meters before = server.meters();
        Map<String, Long> threadsBefore = threadTicks(server.pid());
        long t0 = System.nanoTime();
        Thread.sleep((long) (SECONDS * 1000)); // the idle window is the measurement itself
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> threadsAfter = threadTicks(server.pid());
        Meters.Cost perSecond = server.meters().since(before, Math.round(seconds));
        // per second: cpuMillis is ms of CPU per second of wall time
        double share = server.meters().cpu().minus(before.cpu()).toNanos() / 1e9 / seconds;
        Map<String, Long> byName = new HashMap<>();
        threadsAfter.forEach((id, ticks) -> {
            String name = id.substring(id.indexOf(' ') + 1).replaceAll("-?\\d+$", "");
            byName.merge(name, ticks - threadsBefore.getOrDefault(id, 0L), Long::sum);
        });
        double tick = 100.0; // USER_HZ, 100 on Linux
        double compiling = byName.entrySet().stream().filter(e -> e.getKey().startsWith("C1 Compiler") || e.getKey().startsWith("C2 Compiler"))
                .mapToLong(Map.Entry::getValue).sum() / tick / seconds;
        byName.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("[bench] idle thread %s %.2f%%%n", e.getKey(), e.getValue() / 100.0 / seconds * 100));
        List<String> busiest = byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .map(e -> String.format("%s %.2f%%", e.getKey(), e.getValue() / tick / seconds * 100)).toList();
        return new Outcome(perSecond, share, compiling, busiest);
    }

    /** "tid name" → user + system clock ticks of each of the process's threads. */
    static Map<String, Long> threadTicks(long pid) throws IOException {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.put(task.getFileName() + " " + name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException e) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return out;
    }

    static List<Row> rows(Outcome o) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("8. idle server", String.format("server CPU with the world loaded and no requests (%.0f s)", SECONDS),
                String.format("%.2f%% of a core without the JIT compiler's tail (%.2f%% with it); busiest threads: %s",
                        (o.share() - o.compiling()) * 100, o.share() * 100, o.busiest().isEmpty() ? "none" : String.join(", ", o.busiest())),
                null, String.format("per second: %.1f PostgreSQL connections, %.0f Redis commands", o.perSecond().connections(),
                o.perSecond().redisCommands()), "≤ 1% / 1% of a core",
                // the verdict is on the server's own background work: the JIT compiling what the last load and the
                // meter readings made hot is a tail that ends (docs/bench/ANALYSIS.md), shown beside it
                Report.verdictBelow((o.share() - o.compiling()) * 100, 1, 1)));
        return rows;
    }
}
