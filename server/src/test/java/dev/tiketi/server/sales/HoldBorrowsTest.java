package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.server.audit.AuditBatches;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.ServerInstance;
import dev.tiketi.server.support.Shoppers;
import dev.tiketi.server.support.Shoppers.Shopper;
import dev.tiketi.server.support.TestClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * A hold's request borrows at most one PostgreSQL connection (a customer's: the tickets already bought; staff's:
 * none), and the audit rows it no longer writes itself (decision 0022) all arrive: in batches, or at a clean
 * shutdown. Borrows are counted with Hikari's own meter, less the audit writer's (which has written all it had
 * whenever the test reads the meters).
 */
class HoldBorrowsTest extends IntegrationTest {
    private static final int EACH = 5;
    private static final List<String> KINDS = List.of("seats", "best", "ga");

    @Autowired
    MeterRegistry meters;
    @Autowired
    JwtEncoder encoder;
    @Autowired
    AuditBatches audit;

    @Test
    void holdsOfEveryKindBorrowNoConnectionForStaffAndOneForACustomer() {
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        Sales sales = new Sales(api);
        long venue = fixtures.venue(Fixtures.smallVenue("예술의전당"));
        long reserved = fixtures.publishedEvent(Fixtures.onSale("봄 콘서트", venue));
        long ga = fixtures.publishedEvent(Fixtures.ga("여름 축제", 1_000));
        Map<String, Long> seat = sales.seatIds(venue);
        long std = tier(reserved, "STD");
        long gen = tier(ga, "GEN");
        String clerk = api.login("clerk", PASSWORD);
        String kiosk = api.login("kiosk", PASSWORD);
        List<Shopper> shoppers = Shoppers.create(data.jdbc(), encoder, KINDS.size() * EACH + 1);
        String warmCustomer = shoppers.get(KINDS.size() * EACH).token();
        // Once per event or account, not per hold: both events' catalog copies, the account hash, the clerk's and the
        // kiosk's roles learned from the database, each event's waiting-room settings copied into Redis.
        for (long event : List.of(reserved, ga)) {
            HoldRequest one = event == ga ? HoldRequest.stock(gen, 1) : HoldRequest.seats(List.of(seat.get("BAL-C-8")));
            release(sales.hold(event, one, clerk, "c0"), clerk, "c0");
            release(sales.hold(event, one, kiosk, "k0"), kiosk, "k0");
            release(sales.hold(event, one, warmCustomer, null), warmCustomer, null);
        }

        Map<String, Double> expected = new LinkedHashMap<>();
        Map<String, Double> counted = new LinkedHashMap<>();
        int nextShopper = 0;
        for (String who : List.of("clerk", "kiosk", "customer")) {
            for (String kind : KINDS) {
                String[] tokens = new String[EACH];
                for (int i = 0; i < EACH; i++) {
                    tokens[i] = switch (who) {
                        case "clerk" -> clerk;
                        case "kiosk" -> kiosk;
                        default -> shoppers.get(nextShopper++).token();
                    };
                }
                Map<String, String> headers = who.equals("customer") ? Map.of() : Map.of(Headers.TERMINAL, who + "-1");
                List<HoldView> made = new ArrayList<>();
                counted.put(who + " create " + kind, perRequest(() -> {
                    for (int i = 0; i < EACH; i++) {
                        HoldRequest request = switch (kind) {
                            case "seats" -> HoldRequest.seats(List.of(seat.get("FLR-C-" + (i + 1))));
                            case "best" -> new HoldRequest(null, std, 1, true, null);
                            default -> HoldRequest.stock(gen, 1);
                        };
                        Api.Res r = sales.hold(kind.equals("ga") ? ga : reserved, request, tokens[i], headers.get(Headers.TERMINAL));
                        assertThat(r.status()).as(r.toString()).isEqualTo(201);
                        made.add(r.as(HoldView.class));
                    }
                }));
                for (String[] call : List.of(new String[] {"get", "GET", ""}, new String[] {"extend", "POST", "/extend"},
                        new String[] {"release", "DELETE", ""})) {
                    counted.put(who + " " + call[0] + " " + kind, perRequest(() -> {
                        for (int i = 0; i < EACH; i++) {
                            Api.Res r = api.send(call[1], "/api/holds/" + made.get(i).holdId() + call[2], null, null, tokens[i], headers);
                            assertThat(r.status()).as(call[0] + " " + r).isIn(200, 204);
                        }
                    }));
                }
                for (String call : List.of("create", "get", "extend", "release")) {
                    expected.put(who + " " + call + " " + kind, who.equals("customer") && call.equals("create") ? 1.0 : 0.0);
                }
            }
        }
        assertThat(counted).as("PostgreSQL connections borrowed per request").isEqualTo(expected);
        // three callers, three kinds; and the six holds that warmed up
        assertThat(data.auditRows("action = 'HOLD_CREATED'")).isEqualTo(3 * 3 * EACH + 6);
        assertThat(data.auditRows("action = 'HOLD_RELEASED'")).isEqualTo(3 * 3 * EACH + 6);
        assertThat(data.auditRows("action = 'HOLD_EXTENDED'")).isEqualTo(3 * 3 * EACH);
    }

    @Test
    void everyAuditRowOfABurstOfHoldsAndReleasesArrivesWithItsActorTerminalAndTime() throws Exception {
        int n = 300;
        String admin = api.login("admin", PASSWORD);
        long ga = new Fixtures(api, admin).publishedEvent(Fixtures.ga("한여름 밤의 축제", 1_000));
        long gen = tier(ga, "GEN");
        String clerk = api.login("clerk", PASSWORD);
        long clerkId = api.get("/api/auth/me", clerk).body().get("id").asLong();
        Sales sales = new Sales(api);
        double writesBefore = writerBorrows();
        Instant start = TestClock.CLOCK.instant().truncatedTo(ChronoUnit.MILLIS);

        List<String> holds = Race.run(n, i -> {
            Api.Res r = sales.hold(ga, HoldRequest.stock(gen, 1), clerk, "counter-" + i);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            return r.as(HoldView.class).holdId();
        });
        List<Integer> released = Race.run(n, i -> api.send("DELETE", "/api/holds/" + holds.get(i), null, null, clerk,
                Map.of(Headers.TERMINAL, "counter-" + i)).status());
        Instant end = TestClock.CLOCK.instant();

        assertThat(released).containsOnly(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(data.count("audit_log where action = 'HOLD_CREATED' and event_id = " + ga)).isEqualTo(n);
            assertThat(data.count("audit_log where action = 'HOLD_RELEASED' and event_id = " + ga)).isEqualTo(n);
        });
        List<Map<String, Object>> rows = data.jdbc().sql("""
                        select action, actor_id, actor_name, terminal, entity_id, details->>'hold' as hold from audit_log
                        where action in ('HOLD_CREATED', 'HOLD_RELEASED')""").query().listOfRows();
        assertThat(rows).hasSize(2 * n).allSatisfy(row -> {
            assertThat(row.get("actor_id")).isEqualTo(clerkId);
            assertThat(row.get("actor_name")).isEqualTo("clerk");
            assertThat(row.get("entity_id")).isEqualTo(ga);
        });
        assertThat(data.jdbc().sql("select count(*) from audit_log where action in ('HOLD_CREATED', 'HOLD_RELEASED') and at between ? and ?")
                .params(java.sql.Timestamp.from(start), java.sql.Timestamp.from(end)).query(Long.class).single())
                .as("each row dated when its action happened, not when it was written").isEqualTo(2L * n);
        for (String action : List.of("HOLD_CREATED", "HOLD_RELEASED")) {
            Set<String> pairs = new HashSet<>();
            rows.stream().filter(r -> r.get("action").equals(action)).forEach(r -> pairs.add(r.get("hold") + "@" + r.get("terminal")));
            Set<String> sent = new HashSet<>();
            for (int i = 0; i < n; i++) {
                sent.add(holds.get(i) + "@counter-" + i);
            }
            assertThat(pairs).as(action + ": each hold once, with the terminal that acted on it").isEqualTo(sent);
        }
        assertThat(writerBorrows() - writesBefore).as("written in batches").isLessThan(2 * n);
    }

    @Test
    void aCleanShutdownWritesTheRowsStillQueued() {
        // a writer that would wait an hour: only the shutdown writes its rows
        ServerInstance slow = ServerInstance.start(Map.of("tiketi.audit.batch-interval", "1h", "tiketi.audit.batch-size", "100000"));
        Api other = slow.api();
        String admin = other.login("admin", PASSWORD);
        long ga = new Fixtures(other, admin).publishedEvent(Fixtures.ga("가을 음악회", 500));
        long gen = tier(ga, "GEN");
        String clerk = other.login("clerk", PASSWORD);
        Sales sales = new Sales(other);
        int n = 40;
        for (int i = 0; i < n; i++) {
            String hold = sales.hold(ga, HoldRequest.stock(gen, 2), clerk, "box-" + i % 3).as(HoldView.class).holdId();
            if (i % 2 == 0) {
                assertThat(other.send("DELETE", "/api/holds/" + hold, null, null, clerk, Map.of(Headers.TERMINAL, "box-" + i % 3))
                        .status()).isEqualTo(204);
            }
        }
        assertThat(data.count("audit_log where action like 'HOLD_%'")).as("still queued").isZero();

        slow.close();

        assertThat(data.count("audit_log where action = 'HOLD_CREATED' and event_id = " + ga)).isEqualTo(n);
        assertThat(data.count("audit_log where action = 'HOLD_RELEASED' and event_id = " + ga)).isEqualTo(n / 2);
    }

    private double perRequest(Runnable burst) {
        double before = borrowed();
        burst.run();
        return (borrowed() - before) / EACH;
    }

    /** Connections borrowed so far by everything but the audit writer, once it has written all it had. */
    private double borrowed() {
        assertThat(audit.flush()).isTrue();
        Timer acquired = meters.find("hikaricp.connections.acquire").timer();
        assertThat(acquired).as("Hikari's meters").isNotNull();
        return acquired.count() - writerBorrows();
    }

    private double writerBorrows() {
        Counter writer = meters.find("tiketi.audit.writes").counter();
        assertThat(writer).as("the audit writer's meter").isNotNull();
        return writer.count();
    }

    private void release(Api.Res hold, String token, String terminal) {
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        Map<String, String> headers = terminal == null ? Map.of() : Map.of(Headers.TERMINAL, terminal);
        assertThat(api.send("DELETE", "/api/holds/" + hold.as(HoldView.class).holdId(), null, null, token, headers).status())
                .isEqualTo(204);
    }

    private long tier(long event, String code) {
        return api.get("/api/events/" + event, null).as(EventDetail.class).tiers().stream().filter(t -> t.code().equals(code))
                .mapToLong(TierView::id).findFirst().orElseThrow();
    }
}
