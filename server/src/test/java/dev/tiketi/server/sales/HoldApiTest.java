package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HoldApiTest extends IntegrationTest {
    private Fixtures fixtures;
    private Sales sales;
    private String admin;
    private String clerk;
    private String customer;
    private long venue;
    private long event;
    private Map<String, Long> seat;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        customer = api.login("customer", PASSWORD);
        fixtures = new Fixtures(api, admin);
        sales = new Sales(api);
        venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        seat = sales.seatIds(venue);
    }

    @Test
    void holdingChosenSeatsReturnsLabelsPricesTotalAndExpiryAndShowsThemHeld() {
        long before = sales.snapshot(event).version();
        Api.Res r = sales.holdSeats(event, customer, null, seat.get("FLR-A-2"), seat.get("FLR-C-5"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        HoldView hold = r.as(HoldView.class);
        assertThat(hold.items()).extracting(HeldSeat::label).containsExactly("FLR-A-2", "FLR-C-5");
        assertThat(hold.items()).extracting(HeldSeat::price).containsExactly(100_000L, 50_000L);
        assertThat(hold.total()).isEqualTo(150_000);
        assertThat(hold.currency()).isEqualTo("KRW");
        assertThat(Duration.between(Instant.now(), hold.expiresAt()).toSeconds()).isBetween(290L, 300L);
        assertThat(Duration.between(hold.expiresAt(), hold.maxExpiresAt())).isEqualTo(Duration.ofMinutes(15));

        SeatsSnapshot snapshot = sales.snapshot(event);
        assertThat(snapshot.version()).isGreaterThan(before);
        SeatState a2 = snapshot.seats().stream().filter(s -> s.seatId() == seat.get("FLR-A-2")).findFirst().orElseThrow();
        assertThat(a2.status()).isEqualTo(SeatStatus.HELD);
        assertThat(a2.holdExpiresAt()).isEqualTo(hold.expiresAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(snapshot.seats()).filteredOn(s -> s.status() == SeatStatus.HELD).hasSize(2);
        assertThat(snapshot.seats()).filteredOn(s -> s.status() == SeatStatus.BLOCKED).extracting(SeatState::seatId)
                .containsExactly(seat.get("FLR-A-1"));
        // the snapshot never says who holds a seat
        assertThat(api.get("/api/events/" + event + "/seats", null).raw()).doesNotContain("customer").doesNotContain(hold.holdId());

        StockSnapshot stock = sales.stock(event);
        assertThat(stock.tiers()).filteredOn(t -> t.tierCode().equals("VIP")).singleElement()
                .satisfies(t -> {
                    assertThat(t.capacity()).isEqualTo(19); // rows A-B of 10, A-1 blocked
                    assertThat(t.held()).isEqualTo(1);
                    assertThat(t.available()).isEqualTo(18);
                });
        assertThat(data.auditRows("action = 'HOLD_CREATED'")).isEqualTo(1);
    }

    @Test
    void aHoldIsAllOrNothing() {
        assertThat(sales.holdSeats(event, clerk, "c1", seat.get("FLR-C-3")).status()).isEqualTo(201);
        Api.Res r = sales.holdSeats(event, customer, null, seat.get("FLR-C-2"), seat.get("FLR-C-3"), seat.get("FLR-C-4"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("SEAT_UNAVAILABLE");
        assertThat(r.body().get("detail").asString()).contains("FLR-C-3");
        Map<Long, SeatStatus> statuses = sales.statuses(event);
        assertThat(statuses.get(seat.get("FLR-C-2"))).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(statuses.get(seat.get("FLR-C-4"))).isEqualTo(SeatStatus.AVAILABLE);
    }

    @Test
    void refusesBlockedSeatsSeatsOfAnotherVenueAndEventsNotOnSale() {
        Api.Res blocked = sales.holdSeats(event, customer, null, seat.get("FLR-A-1"));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.code()).isEqualTo("SEAT_BLOCKED");

        long otherVenue = fixtures.venue(Fixtures.smallVenue("Other"));
        Api.Res foreign = sales.holdSeats(event, customer, null, sales.seatIds(otherVenue).get("FLR-C-1"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.code()).isEqualTo("SEAT_NOT_FOUND");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long upcoming = fixtures.publishedEvent(Fixtures.reserved("Later", venue, now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(3))));
        Api.Res notYet = sales.holdSeats(upcoming, customer, null, seat.get("FLR-C-1"));
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.code()).isEqualTo("EVENT_NOT_ON_SALE");

        long closed = fixtures.publishedEvent(Fixtures.onSale("Closed", venue));
        api.post("/api/admin/events/" + closed + "/close", null, admin);
        assertThat(sales.holdSeats(closed, customer, null, seat.get("FLR-C-1")).code()).isEqualTo("EVENT_NOT_ON_SALE");

        long draft = fixtures.event(Fixtures.onSale("Draft", venue));
        assertThat(sales.holdSeats(draft, customer, null, seat.get("FLR-C-1")).code()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(data.auditRows("action = 'HOLD_CREATED'")).isZero();
        assertThat(sales.statuses(event).values()).containsOnly(SeatStatus.AVAILABLE, SeatStatus.BLOCKED);
    }

    @Test
    void aCustomerCannotHoldMoreThanTheLimitAcrossHolds() {
        EventRequest base = Fixtures.onSale("Limited", venue);
        long limited = fixtures.publishedEvent(new EventRequest(base.name(), base.description(), base.kind(), base.venueId(),
                base.startsAt(), base.saleOpensAt(), base.saleClosesAt(), base.tiers(), null, null, 4, null));
        assertThat(sales.holdSeats(limited, customer, null, seat.get("FLR-C-1"), seat.get("FLR-C-2"), seat.get("FLR-C-3")).status())
                .isEqualTo(201);
        Api.Res second = sales.holdSeats(limited, customer, null, seat.get("FLR-D-1"), seat.get("FLR-D-2"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("HOLD_LIMIT_EXCEEDED");
        assertThat(sales.holdSeats(limited, customer, null, seat.get("FLR-D-1")).status()).isEqualTo(201);
        Api.Res five = sales.holdSeats(limited, clerk, "c1", seat.get("BAL-A-1"), seat.get("BAL-A-2"), seat.get("BAL-A-3"),
                seat.get("BAL-A-4"), seat.get("BAL-A-5"));
        assertThat(five.code()).as("one hold of a clerk's is still one customer's").isEqualTo("HOLD_LIMIT_EXCEEDED");
    }

    @Test
    void onlyTheOwnerSeesExtendsOrReleasesAHold() {
        HoldView hold = sales.holdSeats(event, clerk, "counter-1", seat.get("FLR-C-1")).as(HoldView.class);
        String path = "/api/holds/" + hold.holdId();
        for (String[] other : new String[][] {{customer, null}, {clerk, "counter-2"}, {clerk, null}, {admin, "counter-1"}}) {
            Map<String, String> headers = other[1] == null ? Map.of() : Map.of("X-Tiketi-Terminal", other[1]);
            for (String method : List.of("GET", "DELETE")) {
                Api.Res r = api.send(method, path, null, null, other[0], headers);
                assertThat(r.status()).as(method + " by another").isEqualTo(404);
                assertThat(r.code()).isEqualTo("HOLD_NOT_FOUND");
            }
            assertThat(api.send("POST", path + "/extend", null, null, other[0], headers).code()).isEqualTo("HOLD_NOT_FOUND");
        }
        assertThat(api.send("GET", path, null, null, null, Map.of()).status()).isEqualTo(401);
        Api.Res mine = api.send("GET", path, null, null, clerk, Map.of("X-Tiketi-Terminal", "counter-1"));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.as(HoldView.class).items()).extracting(HeldSeat::label).containsExactly("FLR-C-1");
        // a made-up id answers exactly like someone else's
        assertThat(api.get("/api/holds/" + event + "-AAAAAAAAAAAAAAAAAAAAAA", customer).code()).isEqualTo("HOLD_NOT_FOUND");
        assertThat(api.get("/api/holds/nonsense", customer).code()).isEqualTo("HOLD_NOT_FOUND");

        Api.Res released = api.send("DELETE", path, null, null, clerk, Map.of("X-Tiketi-Terminal", "counter-1"));
        assertThat(released.status()).isEqualTo(204);
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(api.send("DELETE", path, null, null, clerk, Map.of("X-Tiketi-Terminal", "counter-1")).status()).isEqualTo(404);
    }

    @Test
    void extendingAddsTheHoldTimeButNeverPastTheMaximum() {
        HoldView hold = sales.holdSeats(event, customer, null, seat.get("FLR-C-1")).as(HoldView.class);
        String extend = "/api/holds/" + hold.holdId() + "/extend";
        TestClock.CLOCK.advance(Duration.ofMinutes(4));
        HoldView once = api.post(extend, null, customer).as(HoldView.class);
        assertThat(once.expiresAt()).isAfter(hold.expiresAt());
        assertThat(Duration.between(hold.expiresAt(), once.expiresAt()).toMinutes()).isEqualTo(4);
        for (int i = 0; i < 3; i++) {
            TestClock.CLOCK.advance(Duration.ofMinutes(4));
            assertThat(api.post(extend, null, customer).status()).isEqualTo(200);
        }
        HoldView capped = api.get("/api/holds/" + hold.holdId(), customer).as(HoldView.class);
        assertThat(capped.expiresAt()).isEqualTo(hold.maxExpiresAt());
        Api.Res more = api.post(extend, null, customer);
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.code()).isEqualTo("HOLD_EXTENSION_LIMIT");
        assertThat(data.auditRows("action = 'HOLD_EXTENDED'")).isEqualTo(4);
        TestClock.CLOCK.advance(Duration.ofMinutes(4));
        assertThat(api.post(extend, null, customer).code()).as("expired holds cannot be revived").isIn("HOLD_EXPIRED", "HOLD_NOT_FOUND");
    }

    @Test
    void anAdminCanForceReleaseAnyHoldAndItIsAudited() {
        HoldView hold = sales.holdSeats(event, customer, null, seat.get("FLR-C-1")).as(HoldView.class);
        String release = "/api/admin/holds/" + hold.holdId() + "?reason=" + java.net.URLEncoder.encode("버려진 단말기", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.delete(release, clerk).status()).isEqualTo(403);
        assertThat(api.delete("/api/admin/holds/" + hold.holdId(), admin).code()).as("no reason, no release").isEqualTo("INVALID_PARAMETER");
        assertThat(api.delete("/api/admin/holds/" + hold.holdId() + "?reason=%20%20", admin).code()).isEqualTo("INVALID_PARAMETER");
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.HELD);
        assertThat(api.delete(release, admin).status()).isEqualTo(204);
        assertThat(sales.statuses(event).get(seat.get("FLR-C-1"))).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(data.count("audit_log where action = 'HOLD_FORCE_RELEASED' and actor_name = 'admin'")).isEqualTo(1);
        assertThat(data.jdbc().sql("select details->>'reason' from audit_log where action = 'HOLD_FORCE_RELEASED'").query(String.class).single())
                .as("the reason is kept, trimmed").isEqualTo("버려진 단말기");
        assertThat(api.delete(release, admin).code()).isEqualTo("HOLD_NOT_FOUND");
    }

    @Test
    void bestAvailableSeatsSitTogetherNearTheCentreWithoutStrandingASeat() {
        long std = tierId(event, "STD");
        // the stage spans both sections, so its centre is right of the floor: the floor's right end is nearest
        assertThat(labels(sales.hold(event, HoldRequest.bestAvailable(std, 4, false), clerk, "c1")))
                .containsExactly("FLR-C-10", "FLR-C-7", "FLR-C-8", "FLR-C-9");
        // more groups: each sits together in one row, and no row is left with a single stranded seat
        for (int size : new int[] {3, 2, 2, 3, 4}) {
            List<String> group = labels(sales.hold(event, HoldRequest.bestAvailable(std, size, false), clerk, "c1"));
            assertThat(group.stream().map(l -> l.substring(0, l.lastIndexOf('-'))).distinct()).as(group.toString()).hasSize(1);
            List<Integer> numbers = group.stream().map(l -> Integer.parseInt(l.substring(l.lastIndexOf('-') + 1))).sorted().toList();
            assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).as("side by side: " + group).isEqualTo(size - 1);
        }
        Map<Long, SeatStatus> now = sales.statuses(event);
        for (String row : List.of("C", "D")) {
            StringBuilder pattern = new StringBuilder("|");
            for (int n = 1; n <= 10; n++) {
                pattern.append(now.get(seat.get("FLR-" + row + "-" + n)) == SeatStatus.AVAILABLE ? 'o' : 'x');
            }
            assertThat(pattern.append('|').toString()).as("row " + row).doesNotContain("xox").doesNotContain("|ox").doesNotContain("xo|");
        }
        // accessible seats (row E) only when asked for, and then only they
        HoldView accessible = sales.hold(event, HoldRequest.bestAvailable(std, 2, true), clerk, "c1").as(HoldView.class);
        assertThat(accessible.items()).extracting(HeldSeat::label).allMatch(l -> l.startsWith("FLR-E-"));
        Map<Long, SeatStatus> statuses = sales.statuses(event);
        sales.seats(venue).stream().filter(s -> s.row().equals("E") && s.label().startsWith("FLR"))
                .filter(s -> accessible.items().stream().noneMatch(i -> i.seatId() == s.id()))
                .forEach(s -> assertThat(statuses.get(s.id())).isEqualTo(SeatStatus.AVAILABLE));
        Api.Res tooMany = sales.hold(event, HoldRequest.bestAvailable(tierId(event, "VIP"), 10, true), clerk, "c1");
        assertThat(tooMany.code()).isEqualTo("SOLD_OUT");
    }

    @Test
    void gaHoldsTakeStockAndReleaseGivesItBack() {
        long ga = fixtures.publishedEvent(Fixtures.ga("Festival", 10));
        long tier = tierId(ga, "GEN");
        HoldView hold = sales.hold(ga, HoldRequest.stock(tier, 3), customer, null).as(HoldView.class);
        assertThat(hold.items()).hasSize(3).allMatch(i -> i.seatId() == null && i.price() == 20_000);
        assertThat(hold.total()).isEqualTo(60_000);
        StockSnapshot stock = sales.stock(ga);
        assertThat(stock.tiers()).singleElement().satisfies(t -> {
            assertThat(t.capacity()).isEqualTo(10);
            assertThat(t.held()).isEqualTo(3);
            assertThat(t.available()).isEqualTo(7);
        });
        Api.Res heldByOthers = sales.hold(ga, HoldRequest.stock(tier, 8), clerk, "c1");
        assertThat(heldByOthers.status()).isEqualTo(409);
        assertThat(heldByOthers.code()).as("10 unsold, 3 of them held: not sold out").isEqualTo("ALL_HELD");
        assertThat(heldByOthers.body().get("detail").asString()).contains("Only 7 free right now; 3 more are held");
        assertThat(api.delete("/api/holds/" + hold.holdId(), customer).status()).isEqualTo(204);
        assertThat(sales.stock(ga).tiers().get(0).available()).isEqualTo(10);
        assertThat(api.get("/api/events/" + ga, null).body().get("availability").get(0).get("available").asInt()).isEqualTo(10);
    }

    private static List<String> labels(Api.Res hold) {
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        return hold.as(HoldView.class).items().stream().map(HeldSeat::label).sorted().toList();
    }

    private long tierId(long eventId, String code) {
        for (var t : api.get("/api/events/" + eventId, admin).body().get("tiers")) {
            if (t.get("code").asString().equals(code)) {
                return t.get("id").asLong();
            }
        }
        throw new IllegalStateException("no tier " + code);
    }
}
