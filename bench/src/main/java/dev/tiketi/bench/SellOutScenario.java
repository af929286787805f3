package dev.tiketi.bench;

import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 3: a sell-out. GA stock of 50,000 sold to admitted customers, each going through the waiting
 * room (AUTO, so they are let straight in), holding 10 and paying by card. Then: exactly 50,000 sold, none
 * oversold, and the stock identity holds in Redis and in the database.
 */
final class SellOutScenario {
    static final int STOCK = 50_000;
    static final int PER_ORDER = 10;

    private SellOutScenario() {
    }

    static List<Row> run(Http http, World world, Setup setup, Ceilings ceilings) throws Exception {
        long event = world.gaEvent("Sell-out", STOCK);
        long tier = world.tierId(event);
        world.queue(event, "AUTO", 1_000_000, 1_000_000);
        List<Setup.Account> buyers = setup.accounts("CUSTOMER", "bench-buyer-", STOCK / PER_ORDER + 200);
        Load.Result r = Load.closedLoop(32, 240, i -> i >= buyers.size() ? null : buy(http, event, tier, buyers.get(i).token()));
        JsonNode stock = http.ok("GET", "/api/events/" + event + "/stock", null, null).get("tiers").get(0);
        long soldInDb;
        try (var c = setup.db(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + Setup.SCHEMA + ".ga_unit u join " + Setup.SCHEMA
                     + ".event_tier t on t.id = u.tier_id where t.event_id = " + event + " and u.ticket_id is not null")) {
            rs.next();
            soldInDb = rs.getLong(1);
        }
        int sold = stock.get("sold").asInt();
        boolean identity = stock.get("capacity").asInt() == stock.get("available").asInt() + stock.get("held").asInt() + sold;
        double ratio = r.rate() / ceilings.pgbenchTps;
        return List.of(
                new Row("3. sell-out", "orders/s (check + hold 10 + card), 32 workers", String.format("%.0f orders/s = %.0f tickets/s (%s; p99 %s)",
                        r.rate(), r.rate() * PER_ORDER, r.errorText(), Report.ms(r.p(99))),
                        Report.pct(ratio) + " of pgbench " + String.format("%.0f tps", ceilings.pgbenchTps), "≥ 40% / 25%", Report.verdict(ratio, 0.40, 0.25)),
                new Row("3. sell-out", "sold / oversold / stock identity", String.format("%,d sold (database %,d), oversold %d, identity %s",
                        sold, soldInDb, Math.max(0, soldInDb - STOCK), identity ? "holds" : "BROKEN"), "", "exactly 50,000, 0, holds",
                        sold == STOCK && soldInDb == STOCK && identity ? "met" : "**missed**"));
    }

    /** One customer's whole purchase; null once stock is gone (the run ends). */
    static Http.Res buy(Http http, long event, long tier, String token) {
        Http.Res check = http.send("POST", "/api/queue/check/" + event, null, token);
        if (check.status() != 200) {
            return check;
        }
        String admission = check.json().path("admissionToken").asText("");
        Map<String, String> headers = admission.isEmpty() ? Map.of() : Map.of("X-Tiketi-Admission", admission);
        Http.Res hold = http.send("POST", "/api/events/" + event + "/holds", Map.of("tierId", tier, "quantity", PER_ORDER), token, headers);
        if (hold.status() == 409 && hold.body().contains("SOLD_OUT")) {
            return null;
        }
        if (hold.status() != 201) {
            return hold;
        }
        String holdId = hold.json().get("holdId").asText();
        java.util.HashMap<String, String> h = new java.util.HashMap<>(headers);
        h.put("Idempotency-Key", UUID.randomUUID().toString());
        return http.send("POST", "/api/orders", Map.of("holdId", holdId, "payment",
                Map.of("tenders", List.of(Map.of("type", "CARD", "cardNumber", "4242424242424242")))), token, h);
    }
}
