package dev.tiketi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this machine can do at all, measured in the same run: Redis running a one-key script (EVALSHA) and
 * PUBLISH (redis-benchmark), PostgreSQL running a purchase-like transaction with 8 clients (pgbench), and the
 * server's most trivial endpoint. Every result is reported against these.
 */
final class Ceilings {
    double evalsha;
    double publish;
    double pgbenchTps;
    double trivialPerSecond;
    /** The same endpoint driven by wrk (a small C client), or NaN without wrk: the server's share without the Java generator's. */
    double trivialWrkPerSecond = Double.NaN;
    /** Server CPU per trivial request during the Java generator's run, in ms. */
    double trivialCpuMillis;
    /**
     * The trivial authenticated endpoint ({@code GET /api/system/ping} with a customer's bearer token, the whole
     * security chain and nothing behind it) through this generator: the ceiling each operation is compared with.
     */
    Measured ping;
    /** The same through wrk, with what it cost the server per request; NaN / null without wrk. */
    double pingWrkPerSecond = Double.NaN;
    Meters.Cost pingWrkCost;
    Meters.Cost trivialWrkCost;

    void measureRedis() throws Exception {
        String sha = run(List.of("redis-cli", "-n", Integer.toString(Setup.REDIS_DB), "SCRIPT", "LOAD",
                "return redis.call('INCR', KEYS[1])")).strip();
        evalsha = rps(run(List.of("redis-benchmark", "-q", "-n", "200000", "-c", "50", "EVALSHA", sha, "1", "bench:ceiling")));
        publish = rps(run(List.of("redis-benchmark", "-q", "-n", "200000", "-c", "50", "PUBLISH", "bench:ceiling", "hello")));
    }

    void measurePostgres(Setup setup) throws Exception {
        try (var c = setup.db(); var s = c.createStatement()) {
            s.execute("drop schema if exists bench_ceiling cascade");
            s.execute("create schema bench_ceiling");
            s.execute("create table bench_ceiling.orders (id bigserial primary key, total bigint not null, created timestamptz default now())");
            s.execute("create table bench_ceiling.sold (event_id bigint, seat_id bigint, order_id bigint, primary key (event_id, seat_id))");
            s.execute("create table bench_ceiling.audit (id bigserial primary key, action text, at timestamptz default now())");
        }
        // one order, its tickets' sold-seat rows (the primary key that makes overselling impossible) and an audit row
        Path script = Files.createTempFile("purchase", ".sql");
        Files.writeString(script, """
                \\set seat random(1, 1000000000)
                BEGIN;
                INSERT INTO bench_ceiling.orders(total) VALUES (100000);
                INSERT INTO bench_ceiling.sold VALUES (1, :seat, currval('bench_ceiling.orders_id_seq')) ON CONFLICT DO NOTHING;
                INSERT INTO bench_ceiling.sold VALUES (1, :seat + 1, currval('bench_ceiling.orders_id_seq')) ON CONFLICT DO NOTHING;
                INSERT INTO bench_ceiling.audit(action) VALUES ('SALE');
                COMMIT;
                """, StandardCharsets.UTF_8);
        String out = run(List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-c", "8", "-j", "2", "-T", "10", "-f",
                script.toString(), "test"));
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench said: " + out);
        }
        pgbenchTps = Double.parseDouble(m.group(1));
        try (var c = setup.db(); var s = c.createStatement()) {
            s.execute("drop schema bench_ceiling cascade");
        }
    }

    void measureServer(Http http, ServerProcess server, String token) throws Exception {
        // the server is warm (Warmup); 5 s at saturation with 32 workers
        java.time.Duration cpu0 = server.cpu();
        Load.Result r = Load.closedLoop(32, 5, i -> http.send("GET", "/actuator/health/liveness", null, null));
        trivialPerSecond = r.rate();
        trivialCpuMillis = server.cpu().minus(cpu0).toNanos() / 1e6 / Math.max(1, r.ok());
        ping = Measured.closed(server, 32, 5, i -> http.send("GET", PING, null, token));
        if (onPath("wrk")) {
            Meters before = server.meters();
            trivialWrkPerSecond = wrk(List.of(http.base + "/actuator/health/liveness"));
            trivialWrkCost = server.meters().since(before, Math.round(trivialWrkPerSecond * WRK_SECONDS));
            before = server.meters();
            pingWrkPerSecond = wrk(List.of("-H", "Authorization: Bearer " + token, http.base + PING));
            pingWrkCost = server.meters().since(before, Math.round(pingWrkPerSecond * WRK_SECONDS));
        }
    }

    static final String PING = dev.tiketi.model.ApiPaths.PING;
    private static final int WRK_SECONDS = 5;

    private static double wrk(List<String> target) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("wrk", "-t1", "-c32", "-d" + WRK_SECONDS + "s"));
        command.addAll(target);
        Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(run(command));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** "36% of the trivial authenticated endpoint's 2,000/s; CPU 3.1× its": an operation against the ceiling. */
    String againstPing(Measured m, boolean saturated) {
        String cpu = String.format("CPU %.1f× the trivial authenticated request's", m.cost().cpuMillis() / ping.cost().cpuMillis());
        return saturated ? String.format("%s of the trivial authenticated endpoint's %s; %s", Report.pct(m.result().rate() / ping.result().rate()),
                Report.num(ping.result().rate()), cpu) : cpu;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static double rps(String out) {
        Matcher m = Pattern.compile("([0-9.]+) requests per second").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("redis-benchmark said: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
