package dev.tiketi.bench;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one server has spent so far, read before and after a measured run: its process CPU (from the kernel),
 * PostgreSQL connections borrowed from its pool (Hikari's acquire timer, one count per borrow) and Redis commands
 * it sent (Lettuce's command observations, {@code lettuce_seconds_count}, one count per command whatever its
 * kind; a script counts once as EVALSHA). Both counters are the server's own, so the generator's and the other
 * processes' commands do not count; the server's background passes (sweeper, admitter, pushers) during a run do.
 * Reading them is itself a request (a Prometheus scrape borrows no connection and sends no Redis command),
 * negligible beside the thousands of operations a run measures.
 */
record Meters(Duration cpu, double connections, double redisCommands) {
    private static final Pattern ACQUIRED = Pattern.compile("^hikaricp_connections_acquire_seconds_count\\{[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern COMMANDS = Pattern.compile("^lettuce_seconds_count\\{[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);

    static Meters parse(Duration cpu, String prometheus) {
        return new Meters(cpu, sum(ACQUIRED, prometheus), sum(COMMANDS, prometheus));
    }

    private static double sum(Pattern p, String text) {
        Matcher m = p.matcher(text);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    /** What was spent since {@code before}, per operation. */
    Cost since(Meters before, long operations) {
        double n = Math.max(1, operations);
        return new Cost(cpu.minus(before.cpu).toNanos() / 1e6 / n, (connections - before.connections) / n,
                (redisCommands - before.redisCommands) / n, operations);
    }

    /** Per operation: server CPU (ms), PostgreSQL connections borrowed, Redis commands sent. */
    record Cost(double cpuMillis, double connections, double redisCommands, long operations) {
        String cpu() {
            return cpuMillis < 0.1 ? String.format("%.0f µs", cpuMillis * 1000) : String.format("%.2f ms", cpuMillis);
        }

        String conns() {
            return String.format("%.3f", connections);
        }

        String redis() {
            return String.format("%.1f", redisCommands);
        }
    }
}
