package dev.tiketi.bench;

import java.util.List;
import java.util.Map;

/** Scenario 1: seat holds, distinct seats, one per request, authenticated (clerks at 64 terminals). */
final class HoldScenario {
    private HoldScenario() {
    }

    static List<Row> run(Http http, World world, Setup setup, Ceilings ceilings, Report report, ServerProcess server) throws Exception {
        World.Hall a = world.hall("Bench holds A", 100, 200);
        World.Hall b = world.hall("Bench holds B", 100, 200);
        World.Hall w = world.hall("Bench holds warm-up", 20, 100);
        long saturate = world.reservedEvent("Holds at saturation", a.venueId());
        long half = world.reservedEvent("Holds at half rate", b.venueId());
        long warm = world.reservedEvent("Holds warm-up", w.venueId());
        String clerk = setup.accounts("CLERK", "bench-clerk-", 1).get(0).token();

        Load.closedLoop(16, 2, i -> i >= w.seatIds().size() ? null : hold(http, warm, w.seatIds().get(i), clerk, i));
        java.time.Duration cpu0 = server.cpu();
        Load.Result sat = Load.closedLoop(32, 8, i -> i >= a.seatIds().size() ? null : hold(http, saturate, a.seatIds().get(i), clerk, i));
        double cpuPerHold = server.cpu().minus(cpu0).toNanos() / 1e6 / Math.max(1, sat.ok());
        double rate = Math.min(sat.rate() / 2, b.seatIds().size() / 8.0);
        Load.Result open = Load.openLoop(rate, 8, i -> http.sendAsync("POST", "/api/events/" + half + "/holds",
                Map.of("seatIds", List.of(b.seatIds().get(i))), clerk, Map.of("X-Tiketi-Terminal", "t" + (i % 64))));
        report.histogram("holds-half-rate", open.latency());

        double ratio = sat.rate() / ceilings.evalsha;
        return List.of(
                new Row("1. holds", "holds/s at saturation (32 workers)", String.format("%.0f (%s); server CPU %.2f ms per hold", sat.rate(), sat.errorText(), cpuPerHold),
                        Report.pct(ratio) + " of EVALSHA " + Report.num(ceilings.evalsha) + "; " + Report.pct(sat.rate() / ceilings.trivialPerSecond)
                                + " of the trivial endpoint", "≥ 10% / 5%", Report.verdict(ratio, 0.10, 0.05)),
                new Row("1. holds", String.format("p50 / p99 / max at %.0f/s (open loop)", rate),
                        Report.ms(open.p(50)) + " / " + Report.ms(open.p(99)) + " / " + Report.ms(open.max()) + " (" + open.errorText() + ")",
                        "", "p99 ≤ 10 / 20 ms", Report.verdictBelow(open.p(99), 10, 20)));
    }

    private static Http.Res hold(Http http, long event, long seat, String token, int i) {
        return http.send("POST", "/api/events/" + event + "/holds", Map.of("seatIds", List.of(seat)), token,
                Map.of("X-Tiketi-Terminal", "t" + (i % 64)));
    }
}
