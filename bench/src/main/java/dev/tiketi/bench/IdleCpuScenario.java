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
    static final double SECONDS = 40;

    private IdleCpuScenario() {
    }

    record Outcome(Meters.Cost perSecond, double share, List<String> busiest) {
    }

    static Outcome run(ServerProcess server) throws Exception {
        Thread.sleep(5_000); // the last scenario's tail (deliveries, closes) settles first; then nothing is sent
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
        List<String> busiest = byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .map(e -> String.format("%s %.2f%%", e.getKey(), e.getValue() / tick / seconds * 100)).toList();
        return new Outcome(perSecond, share, busiest);
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
                String.format("%.2f%% of a core; busiest threads: %s", o.share() * 100, o.busiest().isEmpty() ? "none" : String.join(", ", o.busiest())),
                null, String.format("per second: %.1f PostgreSQL connections, %.0f Redis commands", o.perSecond().connections(),
                o.perSecond().redisCommands()), "≤ 1% / 1% of a core", Report.verdictBelow(o.share() * 100, 1, 1)));
        return rows;
    }
}
