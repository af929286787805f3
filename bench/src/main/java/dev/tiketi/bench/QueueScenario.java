package dev.tiketi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 2: a rush on one event. 20,000 customers join the queue within 10 s; then position reads at
 * 5,000/s. Meanwhile the admitted count is sampled (never above the threshold), and afterwards a sample of
 * customers shows admission went strictly by arrival.
 */
final class QueueScenario {
    private QueueScenario() {
    }

    static List<Row> run(Http http, World world, Setup setup, String admin, ServerProcess server, Ceilings ceilings) throws Exception {
        World.Hall hall = world.hall("Bench queue", 10, 10);
        long event = world.reservedEvent("Queue rush", hall.venueId());
        int threshold = 500;
        world.queue(event, "FORCED_ON", threshold, 6_000);
        List<Setup.Account> crowd = setup.accounts("CUSTOMER", "bench-fan-", 20_000);

        AtomicLong maxAdmitted = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                Http.Res r = http.send("GET", "/api/queue/admin/" + event, null, admin);
                if (r.status() == 200) {
                    maxAdmitted.accumulateAndGet(r.json().get("summary").get("admitted").asLong(), Math::max);
                }
                try {
                    Thread.sleep(100); // a sampling interval, not a wait for an outcome
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-sampler");
        sampler.start();
        long[] arrival = new long[crowd.size()];
        java.util.Arrays.fill(arrival, -1); // -1: the join's answer never came back, its number is unknown
        Measured joinsMeasured = Measured.open(server, 2_000, 10, i -> http.sendAsync("POST", "/api/queue/check/" + event, null, crowd.get(i).token(),
                java.util.Map.of()).thenApply(r -> {
                    if (r.status() == 200) {
                        arrival[i] = r.json().path("sequence").asLong(-1);
                    }
                    return r;
                }));
        Load.Result joins = joinsMeasured.result();
        Random random = new Random(42);
        Measured readsMeasured = Measured.open(server, 5_000, 5, i -> http.sendAsync("GET", "/api/queue/status/" + event, null,
                crowd.get(random.nextInt(crowd.size())).token(), java.util.Map.of()));
        Load.Result reads = readsMeasured.result();
        sampling.set(false);
        sampler.join();

        // Each shopper path on its own at saturation, with no admin sampling beside it, so that its connections per
        // request are the path's alone: a re-check (a refresh), a status read, a heart-beat.
        List<Row> perPath = new ArrayList<>();
        for (String[] path : new String[][] {{"POST", "check", "re-check"}, {"GET", "status", "status"}, {"POST", "heartbeat", "heart-beat"}}) {
            Measured m = Measured.closed(server, 32, 5, i -> http.send(path[0], "/api/queue/" + path[1] + "/" + event, null,
                    crowd.get(i % crowd.size()).token()));
            perPath.add(new Row("2. queue rush", String.format("%s, 32 workers: requests/s, p99", path[2]),
                    String.format("%.0f/s, p99 %s (%s)", m.result().rate(), Report.ms(m.result().p(99)), m.result().errorText()), m.cost(),
                    ceilings.againstPing(m, true), "0 PostgreSQL connections", Report.verdictBelow(m.cost().connections(), 0, 0)));
        }

        // FIFO: in a sample, every admitted customer arrived (by the number the server gave them) before every
        // one still waiting
        long lastAdmitted = -1;
        long firstWaiting = Long.MAX_VALUE;
        List<Integer> sample = new ArrayList<>();
        for (int i = 0; i < crowd.size(); i += 50) {
            sample.add(i);
        }
        int admitted = 0;
        for (int i : sample) {
            JsonNode s = http.send("GET", "/api/queue/status/" + event, null, crowd.get(i).token()).json();
            if (s.get("state").asText().equals("ADMITTED") && arrival[i] >= 0) {
                admitted++;
                lastAdmitted = Math.max(lastAdmitted, arrival[i]);
            } else if (s.get("state").asText().equals("QUEUED")) {
                // a waiting customer's status carries its arrival number, even if its join answer was lost
                firstWaiting = Math.min(firstWaiting, s.get("sequence").asLong());
            }
        }
        boolean fifo = lastAdmitted < firstWaiting;
        List<Row> rows = new ArrayList<>(List.of(
                new Row("2. queue rush", "20,000 joins at 2,000/s: p50 / p99 / max", Report.ms(joins.p(50)) + " / " + Report.ms(joins.p(99))
                        + " / " + Report.ms(joins.max()) + String.format(" (answered %.0f/s, %s)", joins.rate(), joins.errorText()),
                        joinsMeasured.cost(), ceilings.againstPing(joinsMeasured, false), "all answered at the offered 2,000/s; p99 ≤ 50 / 100 ms",
                        joins.rate() < 2_000 * 0.97 || joins.errors() > 0 ? "**missed** (not all answered at the offered rate)"
                                : Report.verdictBelow(joins.p(99), 50, 100)),
                new Row("2. queue rush", "position reads at 5,000/s: p50 / p99 / max", Report.ms(reads.p(50)) + " / " + Report.ms(reads.p(99))
                        + " / " + Report.ms(reads.max()) + String.format(" (answered %.0f/s, %s)", reads.rate(), reads.errorText()),
                        readsMeasured.cost(), ceilings.againstPing(readsMeasured, false),
                        "p99 ≤ 10 / 20 ms", Report.verdictBelow(reads.p(99), 10, 20)),
                new Row("2. queue rush", "admission order and threshold", String.format("FIFO %s (%d admitted in a sample of %d, by arrival number);"
                        + " most admitted at once %d of %d", fifo ? "exact" : "BROKEN", admitted, sample.size(), maxAdmitted.get(), threshold), "",
                        "FIFO, never above", fifo && maxAdmitted.get() <= threshold ? "met" : "**missed**")));
        rows.addAll(perPath);
        return rows;
    }
}
