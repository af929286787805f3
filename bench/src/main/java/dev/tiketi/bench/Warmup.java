package dev.tiketi.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's own requests, unmeasured, before anything is measured. On 2 cores the JIT needs minutes of a
 * request mix before its compiler thread stops competing with the requests: measured cold, holds ran at
 * about a third of what the same server did a few minutes later (docs/bench/ANALYSIS.md). A venue's server
 * is warm long before its rush; the benchmark measures that server, and says how long warming took.
 */
final class Warmup {
    private Warmup() {
    }

    /** What warming cost: wall time and the server's CPU. */
    record Spent(Duration wall, Duration serverCpu) {
    }

    static Spent run(Http http, World world, Setup setup, ServerProcess server, String clerk, String customer) throws Exception {
        long t0 = System.nanoTime();
        Duration cpu0 = server.cpu();
        String trivial = "/actuator/health/liveness";
        Load.closedLoop(16, 10, i -> http.send("GET", trivial, null, null));
        Load.closedLoop(16, 10, i -> http.send("GET", Ceilings.PING, null, customer));

        // scenario 1's request: holds on distinct seats
        World.Hall hall = world.hall("Warm-up holds", 100, 200);
        long holds = world.reservedEvent("Warm-up holds", hall.venueId());
        Load.closedLoop(16, 40, i -> i >= hall.seatIds().size() ? null
                : http.send("POST", "/api/events/" + holds + "/holds", Map.of("seatIds", List.of(hall.seatIds().get(i))), clerk,
                Map.of("X-Tiketi-Terminal", "warm-" + (i % 16))));

        // scenario 2's: joining a queue and reading one's place
        World.Hall small = world.hall("Warm-up queue", 10, 10);
        long queued = world.reservedEvent("Warm-up queue", small.venueId());
        world.queue(queued, "FORCED_ON", 100, 600);
        List<Setup.Account> crowd = setup.accounts("CUSTOMER", "warm-crowd-", 4_000);
        Load.closedLoop(16, 15, i -> i >= crowd.size() ? null : http.send("POST", "/api/queue/check/" + queued, null, crowd.get(i).token()));
        AtomicInteger reader = new AtomicInteger();
        Load.closedLoop(16, 15, i -> http.send("GET", "/api/queue/status/" + queued, null,
                crowd.get(reader.getAndIncrement() % crowd.size()).token()));
        Load.closedLoop(16, 5, i -> http.send("POST", "/api/queue/heartbeat/" + queued, null, crowd.get(i % crowd.size()).token()));

        // scenario 7's: an event's detail and snapshots
        Load.closedLoop(16, 10, i -> http.send("GET", switch (i % 3) {
            case 0 -> "/api/events/" + holds;
            case 1 -> "/api/events/" + holds + "/stock";
            default -> "/api/events/" + queued + "/seats";
        }, null, crowd.get(i % crowd.size()).token()));

        // scenario 3's: a whole purchase through an AUTO queue
        long ga = world.gaEvent("Warm-up sales", 20_000);
        long tier = world.tierId(ga);
        world.queue(ga, "AUTO", 1_000_000, 1_000_000);
        List<Setup.Account> buyers = setup.accounts("CUSTOMER", "warm-buyer-", 2_000);
        Load.closedLoop(16, 30, i -> i >= buyers.size() ? null : SellOutScenario.buy(http, ga, tier, buyers.get(i).token()));

        // scenarios 4 to 6: STOMP subscriptions and pushes
        FanOutScenario.run(http, http.base, world, clerk, 200, 50, 15, server);
        return new Spent(Duration.ofNanos(System.nanoTime() - t0), server.cpu().minus(cpu0));
    }
}
