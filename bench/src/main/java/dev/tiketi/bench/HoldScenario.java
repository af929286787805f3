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
        Measured measured = Measured.closed(server, 32, 8, i -> i >= a.seatIds().size() ? null : hold(http, saturate, a.seatIds().get(i), clerk, i));
        Load.Result sat = measured.result();
        Meters.Cost cost = measured.cost();
        double rate = Math.min(sat.rate() / 2, b.seatIds().size() / 8.0);
        Measured openMeasured = Measured.open(server, rate, 8, i -> http.sendAsync("POST", "/api/events/" + half + "/holds",
                Map.of("seatIds", List.of(b.seatIds().get(i))), clerk, Map.of("X-Tiketi-Terminal", "t" + (i % 64))));
        Load.Result open = openMeasured.result();
        report.histogram("holds-half-rate", open.latency());

        double ratio = sat.rate() / ceilings.evalsha;
        double share = sat.rate() / ceilings.ping.result().rate();
        return List.of(
                new Row("1. holds", "holds/s at saturation (32 workers)", String.format("%.0f (%s)", sat.rate(), sat.errorText()), cost,
                        ceilings.againstPing(measured, true) + "; " + Report.pct(ratio) + " of EVALSHA " + Report.num(ceilings.evalsha),
                        "≥ 60% / 40% of the trivial authenticated endpoint; (earlier goal) ≥ 10% / 5% of EVALSHA",
                        Report.verdict(share, 0.60, 0.40) + "; EVALSHA: " + Report.verdict(ratio, 0.10, 0.05)),
                new Row("1. holds", "server CPU per hold (at saturation)", cost.cpu(), cost, "", "≤ 0.3 / 0.6 ms",
                        Report.verdictBelow(cost.cpuMillis(), 0.3, 0.6)),
                new Row("1. holds", "PostgreSQL connections borrowed per hold (at saturation)", cost.conns(), cost, "", "≤ 1",
                        Report.verdictBelow(cost.connections(), 1, 1)),
                new Row("1. holds", String.format("p50 / p99 / max at %.0f/s (open loop)", rate),
                        Report.ms(open.p(50)) + " / " + Report.ms(open.p(99)) + " / " + Report.ms(open.max()) + " (" + open.errorText() + ")",
                        openMeasured.cost(), ceilings.againstPing(openMeasured, false), "p99 ≤ 10 / 20 ms", Report.verdictBelow(open.p(99), 10, 20)));
    }

    private static Http.Res hold(Http http, long event, long seat, String token, int i) {
        return http.send("POST", "/api/events/" + event + "/holds", Map.of("seatIds", List.of(seat)), token,
                Map.of("X-Tiketi-Terminal", "t" + (i % 64)));
    }
}
