package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.admin.KillReason;
import dev.tiketi.model.admin.SeatFreeRequest;
import dev.tiketi.model.admin.SeatKillRequest;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.holds.HoldSweeper;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Stock of a reserved event comes from per-tier counters the seat scripts keep (seat_counts.lua), not from a count of
 * every seat. These tests count every seat anyway — the layout from PostgreSQL, the statuses from Redis's own sets —
 * and demand the same figures, exactly, through a seeded rush of holds, releases, expiries, purchases, refunds, kills
 * and frees, and after Redis forgets everything. They also count the PostgreSQL connections a warm read borrows: none.
 */
class StockCountersTest extends IntegrationTest {
    @Autowired
    Inventory inventory;
    @Autowired
    HoldSweeper sweeper;
    @Autowired
    RedisConnectionFactory connections;
    @Autowired
    MeterRegistry meters;

    private String admin;
    private String clerk;
    private Fixtures fixtures;
    private Sales sales;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        fixtures = new Fixtures(api, admin);
        sales = new Sales(api);
    }

    /** 잠실: 플로어 4 x 12 (row A VIP, the rest R, A-1 and B-2 blocked), 2층 3 x 10 (S), 70 seats in three tiers. */
    private static VenueRequest hall() {
        return new VenueRequest("잠실 실내체육관", "서울 송파구", List.of(
                new SectionSpec("FLR", "플로어", 4, 12, "A", false, "R", Map.of("A", "VIP"), List.of("A-1", "B-2"), null, null, null, null),
                new SectionSpec("UP", "2층", 3, 10, "A", true, "S", null, null, null, null, null, 20.0)));
    }

    private static List<TierSpec> hallTiers() {
        return List.of(new TierSpec("VIP", "VIP석", 150_000, null), new TierSpec("R", "R석", 110_000, null),
                new TierSpec("S", "S석", 80_000, null));
    }

    private static EventRequest onSale(String name, long venue, List<TierSpec> tiers) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new EventRequest(name, null, EventKind.RESERVED, venue, now.plus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), tiers, null, null, null, null);
    }

    @Test
    void countersEqualACountOfEverySeatThroughARandomRushAndAfterRedisForgets() throws Exception {
        long venue = fixtures.venue(hall());
        long event = fixtures.publishedEvent(onSale("봄 콘서트", venue, hallTiers()));
        List<Long> seats = new ArrayList<>(sales.seatIds(venue).values());
        Collections.sort(seats);
        Map<String, Long> tierIds = tierIds(event);
        List<Long> orders = Collections.synchronizedList(new ArrayList<>());
        List<Long> killed = Collections.synchronizedList(new ArrayList<>());
        assertCountersMatchEverySeat(event);

        for (int round = 0; round < 12; round++) {
            long seed = 1_000L * round;
            Race.run(16, i -> {
                Random random = new Random(seed + i);
                step(random, event, seats, tierIds, orders, killed, "t" + i);
                step(random, event, seats, tierIds, orders, killed, "t" + i);
                return null;
            });
            assertCountersMatchEverySeat(event);
            if (round % 3 == 2) {
                TestClock.CLOCK.advance(Duration.ofMinutes(6));
                sweeper.sweep();
                assertCountersMatchEverySeat(event);
            }
            if (round % 4 == 3) {
                flush();
                // the first read after the loss relearns the sets from the database and the tiers from the layout
                assertCountersMatchEverySeat(event);
            }
        }
        assertThat(orders).as("the rush sold something").isNotEmpty();
    }

    /** One random shopper's or admin's move; refusals (seat taken meanwhile, hold gone with Redis) are part of a rush. */
    private void step(Random random, long event, List<Long> seats, Map<String, Long> tierIds, List<Long> orders, List<Long> killed,
                      String terminal) {
        int move = random.nextInt(10);
        if (move <= 5) {
            Api.Res hold;
            if (move == 5) {
                List<Long> tiers = new ArrayList<>(tierIds.values());
                hold = sales.hold(event, HoldRequest.bestAvailable(tiers.get(random.nextInt(tiers.size())), 1 + random.nextInt(2), false),
                        clerk, terminal);
            } else {
                List<Long> chosen = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                while (chosen.size() < n) {
                    long seat = seats.get(random.nextInt(seats.size()));
                    if (!chosen.contains(seat)) {
                        chosen.add(seat);
                    }
                }
                hold = sales.hold(event, HoldRequest.seats(chosen), clerk, terminal);
            }
            if (hold.status() != 201) {
                return;
            }
            String holdId = hold.body().get("holdId").asString();
            int then = random.nextInt(3);
            if (then == 0) {
                Api.Res order = sales.buyByCard(holdId, clerk, terminal);
                if (order.status() == 201) {
                    orders.add(order.body().get("id").asLong());
                }
            } else if (then == 1) {
                api.send("DELETE", "/api/holds/" + holdId, null, "application/json", clerk, Map.of(Headers.TERMINAL, terminal));
            }
            // else: left to expire
        } else if (move == 6 && !orders.isEmpty()) {
            Long order = orders.remove(random.nextInt(orders.size()));
            api.send("POST", "/api/orders/" + order + "/refund", Api.JSON.writeValueAsString(new RefundRequest(null, "환불")),
                    "application/json", clerk, Map.of(Headers.TERMINAL, terminal));
        } else if (move <= 8) {
            long seat = seats.get(random.nextInt(seats.size()));
            if (api.post("/api/admin/events/" + event + "/kills", new SeatKillRequest(List.of(seat), KillReason.HOUSE, null), admin)
                    .status() == 200) {
                killed.add(seat);
            }
        } else if (!killed.isEmpty()) {
            Long seat = killed.remove(random.nextInt(killed.size()));
            api.post("/api/admin/events/" + event + "/kills/free", new SeatFreeRequest(List.of(seat)), admin);
        }
    }

    @Test
    void aTwentyThousandSeatHallCountsRightAndWarmReadsBorrowNoConnection() {
        List<SectionSpec> sections = new ArrayList<>();
        for (String code : List.of("A", "B")) {
            // 2 x 100 x 100 = 20,000 seats (the generator's most); the first ten rows of each section VIP
            Map<String, String> front = new LinkedHashMap<>();
            for (int row = 1; row <= 10; row++) {
                front.put(Integer.toString(row), "VIP");
            }
            sections.add(new SectionSpec(code, code + " 구역", 100, 100, "1", false, "R", front, List.of("1-1", "1-2"), null, null, null, null));
        }
        long venue = fixtures.venue(new VenueRequest("고척 스카이돔", null, sections));
        long event = fixtures.publishedEvent(onSale("대형 공연", venue, List.of(new TierSpec("VIP", "VIP석", 200_000, null),
                new TierSpec("R", "R석", 120_000, null))));
        Map<String, Long> ids = sales.seatIds(venue);
        assertThat(ids).hasSize(20_000);
        assertThat(sales.stock(event).tiers()).containsExactly(new TierAvailability("VIP", 1_996, 1_996, 0, 0),
                new TierAvailability("R", 18_000, 18_000, 0, 0));

        String vipHold = sales.holdSeats(event, clerk, "c1", ids.get("A-3-7"), ids.get("B-1-50")).body().get("holdId").asString();
        assertThat(sales.buyByCard(vipHold, clerk, "c1").status()).isEqualTo(201);
        assertThat(sales.holdSeats(event, clerk, "c2", ids.get("A-70-1"), ids.get("A-70-2"), ids.get("A-70-3")).status()).isEqualTo(201);
        assertThat(api.post("/api/admin/events/" + event + "/kills", new SeatKillRequest(List.of(ids.get("B-99-99")), KillReason.BROKEN, null),
                admin).status()).isEqualTo(200);
        assertThat(sales.stock(event).tiers()).containsExactly(new TierAvailability("VIP", 1_996, 1_994, 0, 2),
                new TierAvailability("R", 17_999, 17_996, 3, 0));
        assertCountersMatchEverySeat(event);
        api.get("/api/events/" + event, null);
        sales.snapshot(event);
        // the holds' audit rows are written in a batch (decision 0022): not during the count
        data.flushAudit();

        double before = borrowed();
        for (int i = 0; i < 20; i++) {
            assertThat(sales.stock(event).tiers()).hasSize(2);
            assertThat(api.get("/api/events/" + event, null).status()).isEqualTo(200);
            assertThat(sales.snapshot(event).seats()).hasSize(20_000);
            // signed in, the caller comes from the token's claims as Redis confirms them, not from the database
            assertThat(api.get("/api/events/" + event, clerk).status()).isEqualTo(200);
            assertThat(api.get("/api/events/" + event + "/stock", admin).status()).isEqualTo(200);
        }
        assertThat(borrowed() - before).as("PostgreSQL connections borrowed by 100 warm reads").isZero();
        // the counter does move for a read that has to go to the database
        api.get("/api/venues/" + venue + "/layout", null);
        assertThat(borrowed() - before).isPositive();
    }

    @Test
    void theNextReadAfterAnAdminChangeShowsTheChange() {
        long venue = fixtures.venue(hall());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // on sale from tomorrow: its venue's seats may still change
        long event = fixtures.publishedEvent(new EventRequest("가을 공연", null, EventKind.RESERVED, venue, now.plus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), hallTiers(), null, null, null, null));
        StockSnapshot stock = sales.stock(event);
        SeatsSnapshot seats = sales.snapshot(event);
        assertThat(stock.tiers()).extracting(TierAvailability::capacity).containsExactly(11, 35, 30);
        assertThat(api.get("/api/events/" + event, null).body().get("tiers").get(0).get("price").asLong()).isEqualTo(150_000);

        // prices and a tier's name
        List<TierSpec> dearer = List.of(new TierSpec("VIP", "VIP 플러스", 180_000, null), new TierSpec("R", "R석", 110_000, null),
                new TierSpec("S", "S석", 80_000, null));
        assertThat(api.put("/api/admin/events/" + event, new EventRequest("가을 공연", null, EventKind.RESERVED, venue,
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), dearer, null, null, null, null),
                admin).status()).isEqualTo(200);
        var detail = api.get("/api/events/" + event, null).body();
        assertThat(detail.get("tiers").get(0).get("price").asLong()).isEqualTo(180_000);
        assertThat(detail.get("tiers").get(0).get("name").asString()).isEqualTo("VIP 플러스");

        // the layout: two more seats blocked, row C of the floor now VIP, the venue renamed
        VenueRequest changed = new VenueRequest("잠실 아레나", "서울 송파구", List.of(
                new SectionSpec("FLR", "플로어", 4, 12, "A", false, "R", Map.of("A", "VIP", "C", "VIP"), List.of("A-1", "B-2", "D-5", "D-6"),
                        null, null, null, null),
                hall().sections().get(1)));
        assertThat(api.put("/api/admin/venues/" + venue, changed, admin).status()).isEqualTo(200);
        StockSnapshot after = sales.stock(event);
        assertThat(after.version()).isGreaterThan(stock.version());
        assertThat(after.tiers()).extracting(TierAvailability::capacity).containsExactly(23, 21, 30);
        SeatsSnapshot seatsAfter = sales.snapshot(event);
        assertThat(seatsAfter.version()).isGreaterThan(seats.version());
        Map<String, Long> ids = sales.seatIds(venue);
        assertThat(seatsAfter.seats()).filteredOn(s -> s.seatId() == ids.get("FLR-D-5")).extracting(SeatState::status)
                .containsExactly(SeatStatus.BLOCKED);
        assertThat(api.get("/api/events/" + event, null).body().get("venue").get("name").asString()).isEqualTo("잠실 아레나");
        assertCountersMatchEverySeat(event);
    }

    private Map<String, Long> tierIds(long event) {
        Map<String, Long> ids = new LinkedHashMap<>();
        api.get("/api/events/" + event, null).body().get("tiers").forEach(t -> ids.put(t.get("code").asString(), t.get("id").asLong()));
        return ids;
    }

    /**
     * The old way, from every seat: the event's priced seats from PostgreSQL, each seat's status from Redis's sets (sold,
     * then held, then blocked or killed, as the seat snapshot shows it).
     */
    private void assertCountersMatchEverySeat(long event) {
        StockSnapshot served = sales.stock(event);
        Inventory.SeatsState state = inventory.seats(event);
        record Row(long id, String tier, boolean blocked) {
        }
        List<Row> rows = data.jdbc().sql("""
                        select s.id, t.code, s.blocked from event e join seat s on s.venue_id = e.venue_id
                        join event_tier t on t.event_id = e.id and t.code = s.tier_code where e.id = ?""")
                .param(event).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
        Map<String, int[]> counted = new LinkedHashMap<>();
        served.tiers().forEach(t -> counted.put(t.tierCode(), new int[3]));
        for (Row row : rows) {
            int[] c = counted.get(row.tier());
            if (state.sold().contains(row.id())) {
                c[0]++;
                c[2]++;
            } else if (state.held().containsKey(row.id())) {
                c[0]++;
                c[1]++;
            } else if (!row.blocked() && !state.killed().contains(row.id())) {
                c[0]++;
            }
        }
        List<TierAvailability> expected = new ArrayList<>();
        counted.forEach((code, c) -> expected.add(new TierAvailability(code, c[0], c[0] - c[1] - c[2], c[1], c[2])));
        assertThat(served.version()).as("nothing moved between the two reads").isEqualTo(state.version());
        assertThat(served.tiers()).isEqualTo(expected);
    }

    private void flush() {
        try (var c = connections.getConnection()) {
            c.serverCommands().flushDb();
        }
    }

    private double borrowed() {
        Timer acquired = meters.find("hikaricp.connections.acquire").timer();
        assertThat(acquired).as("Hikari's meters").isNotNull();
        return acquired.count();
    }
}
