package dev.tiketi.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.admin.KillReason;
import dev.tiketi.model.admin.SeatKillRequest;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.inventory.InventorySnapshots;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TwoInstanceTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event detail, stock and seat map are answered from per-instance copies and kept JSON bytes (issue 18), so these
 * tests try to catch a read that is older than Redis and PostgreSQL say. Both instances read every answer twice
 * before each change (the second answer comes from the kept bytes); after each change, made on one instance or the
 * other, the very next read on every instance must be, byte for byte, a fresh answer: the detail as the admin side
 * builds it (rows from PostgreSQL, stock counted from every seat), the stock counted from every seat, and the seat map
 * as this test expects it from what it did.
 */
class EventReadsExactTest extends TwoInstanceTest {

    @Autowired
    EventCatalog catalog;
    @Autowired
    EventQueries queries;
    @Autowired
    InventorySnapshots snapshots;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    private String admin;
    private String clerk;
    private Fixtures fixtures;
    private long venue;
    private Map<String, Long> seat;
    private List<Api> both;

    @BeforeEach
    void twoServers() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        fixtures = new Fixtures(api, admin);
        venue = fixtures.venue(Fixtures.smallVenue("예술의전당"));
        seat = new Sales(api).seatIds(venue);
        both = List.of(api, second.api());
    }

    private static EventRequest korean(long venue) {
        EventRequest r = Fixtures.onSale("한강 불꽃 콘서트", venue);
        return new EventRequest(r.name(), "서울의 여름 밤", r.kind(), r.venueId(), r.startsAt(), r.saleOpensAt(), r.saleClosesAt(),
                List.of(new TierSpec("VIP", "VIP석", 100_000, null), new TierSpec("STD", "일반석", 50_000, null),
                        new TierSpec("BAL", "발코니석", 30_000, null)), null, null, null, null);
    }

    @Test
    void everyChangeOnEitherInstanceIsInTheVeryNextReadOnBoth() {
        EventRequest show = korean(venue);
        long event = fixtures.publishedEvent(show);
        Map<Long, SeatState> seats = new TreeMap<>();
        for (SeatState s : api.get("/api/events/" + event + "/seats", clerk).as(SeatsSnapshot.class).seats()) {
            seats.put(s.seatId(), s);
        }
        assertThat(seats).hasSize(74);
        assertThat(seats.get(seat.get("FLR-A-1")).status()).isEqualTo(SeatStatus.BLOCKED);
        assertThat(seats.values()).filteredOn(s -> s.status() == SeatStatus.AVAILABLE).hasSize(73);
        assertEveryReadExact(event, seats);

        // a hold on the second instance
        HoldView held = hold(second.api(), event, "FLR-C-1", "FLR-C-2");
        held(seats, held);
        assertEveryReadExact(event, seats);
        assertThat(stock(event, "STD").held()).isEqualTo(2);

        // bought on the first
        Api.Res order = new Sales(api).buyByCard(held.holdId(), clerk, "box-1");
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        held.items().forEach(i -> seats.put(i.seatId(), new SeatState(i.seatId(), SeatStatus.SOLD, null)));
        assertEveryReadExact(event, seats);
        assertThat(stock(event, "STD")).isEqualTo(new TierAvailability("STD", 30, 28, 0, 2));

        // held on the first, released on the second
        HoldView released = hold(api, event, "FLR-A-2");
        held(seats, released);
        assertEveryReadExact(event, seats);
        // the clerk's hold belongs to the clerk at that terminal
        assertThat(second.api().send("DELETE", "/api/holds/" + released.holdId(), null, null, clerk, Map.of(Headers.TERMINAL, "box-1"))
                .status()).isEqualTo(204);
        seats.put(seat.get("FLR-A-2"), new SeatState(seat.get("FLR-A-2"), SeatStatus.AVAILABLE, null));
        assertEveryReadExact(event, seats);
        assertThat(stock(event, "VIP")).isEqualTo(new TierAvailability("VIP", 19, 19, 0, 0));

        // a seat taken off sale for this event, on the second
        assertThat(second.api().post("/api/admin/events/" + event + "/kills",
                new SeatKillRequest(List.of(seat.get("BAL-A-1")), KillReason.PRODUCTION, "카메라"), admin).status()).isEqualTo(200);
        seats.put(seat.get("BAL-A-1"), new SeatState(seat.get("BAL-A-1"), SeatStatus.BLOCKED, null));
        assertEveryReadExact(event, seats);
        assertThat(stock(event, "BAL")).isEqualTo(new TierAvailability("BAL", 23, 23, 0, 0));

        // a price and a name changed by an admin on the second, then on the first
        EventRequest dearer = withPrices(show, Map.of("STD", 55_000L));
        assertThat(second.api().put("/api/admin/events/" + event, dearer, admin).status()).isEqualTo(200);
        assertEveryReadExact(event, seats);
        assertThat(detail(event).tiers()).filteredOn(t -> t.code().equals("STD")).singleElement()
                .satisfies(t -> assertThat(t.price()).isEqualTo(55_000));
        EventRequest renamed = new EventRequest("한강 불꽃 콘서트 — 앵콜", dearer.description(), dearer.kind(), dearer.venueId(),
                dearer.startsAt(), dearer.saleOpensAt(), dearer.saleClosesAt(), dearer.tiers(), dearer.holdMinutes(),
                dearer.maxHoldMinutes(), dearer.perCustomerLimit(), dearer.currency());
        assertThat(api.put("/api/admin/events/" + event, renamed, admin).status()).isEqualTo(200);
        assertEveryReadExact(event, seats);
        for (Api server : both) {
            Api.Res read = server.get("/api/events/" + event, clerk);
            assertThat(read.as(EventDetail.class).name()).isEqualTo("한강 불꽃 콘서트 — 앵콜");
            assertThat(read.raw()).contains("\"한강 불꽃 콘서트 — 앵콜\"", "\"일반석\"", "\"서울의 여름 밤\"");
            assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        }

        // the sale closed by an admin: the status each instance derives changes on the next read
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EventRequest closed = new EventRequest(renamed.name(), renamed.description(), renamed.kind(), renamed.venueId(),
                renamed.startsAt(), now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)), renamed.tiers(), renamed.holdMinutes(),
                renamed.maxHoldMinutes(), renamed.perCustomerLimit(), renamed.currency());
        assertThat(second.api().put("/api/admin/events/" + event, closed, admin).status()).isEqualTo(200);
        assertEveryReadExact(event, seats);
        assertThat(detail(event).status()).isNotEqualTo(EventStatus.ON_SALE);
    }

    @Test
    void gaStockAndDetailFollowEveryHoldOnEitherInstance() {
        long ga = fixtures.publishedEvent(Fixtures.ga("거리 축제", 300));
        assertEveryReadExact(ga, Map.of());
        long tier = detail(ga).tiers().get(0).id();
        for (int i = 0; i < 3; i++) {
            Api server = both.get(i % 2);
            Api.Res r = new Sales(server).hold(ga, HoldRequest.stock(tier, 2), clerk, "box-1");
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            assertEveryReadExact(ga, Map.of());
            assertThat(stock(ga, "GEN")).isEqualTo(new TierAvailability("GEN", 300, 300 - 2 * (i + 1), 2 * (i + 1), 0));
        }
    }

    @Test
    void aDraftIsNotFoundForCustomersEvenWhileAnAdminsReadIsKept() {
        long draft = fixtures.event(korean(venue));
        String customer = api.login("customer", PASSWORD);
        List<String> paths = List.of("/api/events/" + draft, "/api/events/" + draft + "/stock", "/api/events/" + draft + "/seats");
        for (Api server : both) {
            for (String path : paths) {
                assertThat(server.get(path, admin).status()).as(path).isEqualTo(200);
                Api.Res hidden = server.get(path, customer);
                assertThat(hidden.status()).as(path).isEqualTo(404);
                assertThat(hidden.code()).isEqualTo("EVENT_NOT_FOUND");
                assertThat(server.get(path, admin).status()).as(path).isEqualTo(200);
            }
        }
        assertThat(second.api().post("/api/admin/events/" + draft + "/publish", null, admin).status()).isEqualTo(200);
        for (Api server : both) {
            for (String path : paths) {
                assertThat(server.get(path, customer).status()).as(path).isEqualTo(200);
            }
        }
        assertThat(api.get("/api/events/" + (draft + 1_000), customer).code()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(api.get("/api/events/" + (draft + 1_000) + "/seats", customer).code()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(api.get("/api/events/" + (draft + 1_000) + "/stock", customer).code()).isEqualTo("EVENT_NOT_FOUND");
    }

    /** Each instance twice (the second read from kept bytes): every answer exactly a fresh one, byte for byte. */
    private void assertEveryReadExact(long event, Map<Long, SeatState> seats) {
        String detail = json.writeValueAsString(catalog.detail(queries.find(event, clock.instant()).orElseThrow()));
        StockSnapshot counted = snapshots.recount(event);
        String stock = json.writeValueAsString(counted);
        String map = json.writeValueAsString(new SeatsSnapshot(event, counted.version(), List.copyOf(seats.values())));
        for (Api server : both) {
            for (int i = 0; i < 2; i++) {
                assertThat(utf8(server.bytes("/api/events/" + event, clerk))).as("detail").isEqualTo(detail);
                assertThat(utf8(server.bytes("/api/events/" + event + "/stock", clerk))).as("stock").isEqualTo(stock);
                assertThat(utf8(server.bytes("/api/events/" + event + "/seats", clerk))).as("seats").isEqualTo(map);
            }
        }
    }

    private static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private EventDetail detail(long event) {
        return api.get("/api/events/" + event, clerk).as(EventDetail.class);
    }

    private TierAvailability stock(long event, String tier) {
        return api.get("/api/events/" + event + "/stock", clerk).as(StockSnapshot.class).tiers().stream()
                .filter(t -> t.tierCode().equals(tier)).findFirst().orElseThrow();
    }

    private HoldView hold(Api server, long event, String... labels) {
        Api.Res r = new Sales(server).hold(event, HoldRequest.seats(java.util.Arrays.stream(labels).map(seat::get).toList()), clerk, "box-1");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.as(HoldView.class);
    }

    private static void held(Map<Long, SeatState> seats, HoldView hold) {
        hold.items().forEach(i -> seats.put(i.seatId(), new SeatState(i.seatId(), SeatStatus.HELD,
                hold.expiresAt().truncatedTo(ChronoUnit.MILLIS))));
    }

    private static EventRequest withPrices(EventRequest r, Map<String, Long> prices) {
        List<TierSpec> tiers = r.tiers().stream()
                .map(t -> new TierSpec(t.code(), t.name(), prices.getOrDefault(t.code(), t.price()), t.capacity())).toList();
        return new EventRequest(r.name(), r.description(), r.kind(), r.venueId(), r.startsAt(), r.saleOpensAt(), r.saleClosesAt(),
                tiers, r.holdMinutes(), r.maxHoldMinutes(), r.perCustomerLimit(), r.currency());
    }
}
