package dev.tiketi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenario 7: what a rush reads besides the queue: an event's detail, its stock and its seat map, each at
 * saturation with customers' tokens (clients send their token on every request, so the security chain runs as in
 * a rush). Stock of a 20,000-seat hall with holds on it, and of a GA event; the seat map of a 1,000-seat hall
 * (a 20,000-seat map is a megabyte of JSON: that measures serialisation, not the path).
 */
final class ReadsScenario {
    private ReadsScenario() {
    }

    static List<Row> run(Http http, World world, Setup setup, ServerProcess server, Ceilings ceilings, String clerk) throws Exception {
        World.Hall big = world.hall("Bench reads 20,000", 100, 200);
        long bigEvent = world.reservedEvent("Reads, 20,000 seats", big.venueId());
        World.Hall small = world.hall("Bench reads 1,000", 20, 50);
        long smallEvent = world.reservedEvent("Reads, 1,000 seats", small.venueId());
        long ga = world.gaEvent("Reads, GA", 20_000);
        // some seats held, so the snapshots have states to report
        for (int i = 0; i < 200; i++) {
            http.send("POST", "/api/events/" + bigEvent + "/holds", Map.of("seatIds", List.of(big.seatIds().get(i * 97))), clerk,
                    Map.of("X-Tiketi-Terminal", "reads"));
            http.send("POST", "/api/events/" + smallEvent + "/holds", Map.of("seatIds", List.of(small.seatIds().get(i * 5))), clerk,
                    Map.of("X-Tiketi-Terminal", "reads"));
        }
        List<Setup.Account> readers = setup.accounts("CUSTOMER", "bench-reader-", 1_000);
        String[][] reads = {
                {"event detail (20,000-seat hall)", "/api/events/" + bigEvent},
                {"stock snapshot (20,000-seat hall)", "/api/events/" + bigEvent + "/stock"},
                {"stock snapshot (GA)", "/api/events/" + ga + "/stock"},
                {"seat snapshot (1,000-seat hall)", "/api/events/" + smallEvent + "/seats"},
        };
        // unmeasured first: these paths are not in the warm-up's mix
        for (String[] read : reads) {
            Load.closedLoop(16, 3, i -> http.send("GET", read[1], null, readers.get(i % readers.size()).token()));
        }
        List<Row> rows = new ArrayList<>();
        for (String[] read : reads) {
            Measured m = Measured.closed(server, 32, 5, i -> http.send("GET", read[1], null, readers.get(i % readers.size()).token()));
            rows.add(new Row("7. reads", read[0] + ", 32 workers: reads/s, p99", String.format("%.0f/s, p99 %s (%s)", m.result().rate(),
                    Report.ms(m.result().p(99)), m.result().errorText()), m.cost(), ceilings.againstPing(m, true),
                    "CPU ≤ 0.15 / 0.3 ms", Report.verdictBelow(m.cost().cpuMillis(), 0.15, 0.3)));
        }
        return rows;
    }
}
