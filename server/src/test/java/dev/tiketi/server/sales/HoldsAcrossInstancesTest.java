package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.server.inventory.InventoryKeys;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.Shoppers;
import dev.tiketi.server.support.Shoppers.Shopper;
import dev.tiketi.server.support.TwoInstanceTest;
import dev.tiketi.server.system.RedisNamespace;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Holds read prices, sale terms and the caller from per-instance caches confirmed in Redis (decisions 0021, 0022);
 * what an admin changes on one instance is what the very next hold sees on every instance. Both instances have the
 * old values cached before each change.
 */
class HoldsAcrossInstancesTest extends TwoInstanceTest {
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisNamespace ns;

    @Autowired
    JwtEncoder encoder;

    private String admin;
    private String clerk;
    private long venue;
    private Map<String, Long> seat;
    private List<Api> both;

    @BeforeEach
    void twoServers() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        venue = new Fixtures(api, admin).venue(Fixtures.smallVenue("세종문화회관"));
        seat = new Sales(api).seatIds(venue);
        both = List.of(api, second.api());
    }

    @Test
    void aPriceChangedOnOneInstanceIsChargedByTheNextHoldOnEvery() {
        EventRequest show = Fixtures.onSale("한강 불꽃 콘서트", venue);
        long event = new Fixtures(api, admin).publishedEvent(show);
        EventRequest festival = Fixtures.ga("거리 축제", 300);
        long ga = new Fixtures(api, admin).publishedEvent(festival);
        for (Api server : both) {
            assertThat(clerkHold(server, event, HoldRequest.seats(List.of(seat.get(server == api ? "FLR-C-1" : "FLR-C-2")))).total()).isEqualTo(50_000);
            assertThat(clerkHold(server, ga, HoldRequest.stock(tier(ga, "GEN"), 2)).total()).isEqualTo(40_000);
        }

        assertThat(api.put("/api/admin/events/" + event, withPrices(show, Map.of("STD", 55_000L)), admin).status()).isEqualTo(200);
        assertThat(second.api().put("/api/admin/events/" + ga, withPrices(festival, Map.of("GEN", 25_000L)), admin).status())
                .isEqualTo(200);

        for (Api server : List.of(second.api(), api)) {
            HoldView chosen = clerkHold(server, event, HoldRequest.seats(List.of(seat.get(server == api ? "FLR-C-3" : "FLR-C-4"),
                    seat.get(server == api ? "FLR-A-2" : "FLR-A-3"))));
            assertThat(chosen.items()).extracting(HeldSeat::price).containsExactly(55_000L, 100_000L);
            assertThat(chosen.total()).isEqualTo(155_000);
            HoldView best = clerkHold(server, event, new HoldRequest(null, tier(event, "STD"), 2, true, null));
            assertThat(best.items()).extracting(HeldSeat::price).containsOnly(55_000L);
            assertThat(clerkHold(server, ga, HoldRequest.stock(tier(ga, "GEN"), 2)).total()).isEqualTo(50_000);
        }
    }

    @Test
    void aSaleWindowChangedOnOneInstanceIsUsedByTheNextHoldOnEvery() {
        EventRequest show = Fixtures.onSale("판소리 한마당", venue);
        long event = new Fixtures(api, admin).publishedEvent(show);
        for (Api server : both) {
            clerkHold(server, event, HoldRequest.seats(List.of(seat.get(server == api ? "FLR-D-1" : "FLR-D-2"))));
        }

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EventRequest notYet = withWindow(show, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        assertThat(api.put("/api/admin/events/" + event, notYet, admin).status()).isEqualTo(200);
        for (Api server : List.of(second.api(), api)) {
            Api.Res refused = new Sales(server).hold(event, HoldRequest.seats(List.of(seat.get("FLR-D-5"))), clerk, "box-1");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("EVENT_NOT_ON_SALE");
        }

        EventRequest reopened = withWindow(show, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)));
        assertThat(second.api().put("/api/admin/events/" + event, reopened, admin).status()).isEqualTo(200);
        for (Api server : both) {
            clerkHold(server, event, HoldRequest.seats(List.of(seat.get(server == api ? "FLR-D-3" : "FLR-D-4"))));
        }
    }

    /**
     * A hold first trusts this instance's copy of the event (decision 0029). A refusal read off that copy must not
     * stand when the copy is out of date: here the admin's reopening reaches PostgreSQL and the version in Redis but
     * its live notice never arrives, so only the version can tell this instance that its "not on sale" is old.
     */
    @Test
    void aRefusalReadOffAnOutOfDateCopyIsDecidedAgainFromTheCurrentOne() {
        EventRequest show = Fixtures.onSale("민요 한마당", venue);
        long event = new Fixtures(api, admin).publishedEvent(show);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(api.put("/api/admin/events/" + event, withWindow(show, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))),
                admin).status()).isEqualTo(200);
        Api.Res refused = new Sales(api).hold(event, HoldRequest.seats(List.of(seat.get("FLR-B-5"))), clerk, "box-1");
        assertThat(refused.code()).isEqualTo("EVENT_NOT_ON_SALE");

        assertThat(data.jdbc().sql("update event set sale_opens_at = :opens where id = :id")
                .param("opens", java.sql.Timestamp.from(now.minus(Duration.ofHours(1)))).param("id", event).update()).isEqualTo(1);
        redis.opsForValue().set(new InventoryKeys(ns, event).catalogVersion(), "reopened-without-a-notice");

        HoldView held = clerkHold(api, event, HoldRequest.seats(List.of(seat.get("FLR-B-5"))));
        assertThat(held.items()).extracting(HeldSeat::label).containsExactly("FLR-B-5");
        // and a refusal that is still true stands after the check
        Api.Res unknown = new Sales(api).hold(event + 100_000, HoldRequest.seats(List.of(seat.get("FLR-B-6"))), clerk, "box-1");
        assertThat(unknown.code()).isEqualTo("EVENT_NOT_FOUND");
    }

    @Test
    void aDisabledAccountIsRefusedOnItsNextQueueCheckHoldAndEventReadOnEveryInstance() {
        long event = new Fixtures(api, admin).publishedEvent(Fixtures.onSale("국악 축제", venue));
        Shopper shopper = Shoppers.create(data.jdbc(), encoder, 1).get(0);
        long clerkId = api.get("/api/auth/me", clerk).body().get("id").asLong();
        String[] held = new String[2];
        for (int i = 0; i < 2; i++) {
            Api server = both.get(i);
            assertThat(new Queues(server).check(event, shopper.token()).state()).isEqualTo(QueueState.OPEN);
            held[i] = hold(server, shopper.token(), null, event, HoldRequest.seats(List.of(seat.get("FLR-E-" + (i + 1))))).holdId();
            clerkHold(server, event, HoldRequest.seats(List.of(seat.get("FLR-E-" + (i + 3)))));
            assertThat(server.get("/api/events/" + event, clerk).status()).isEqualTo(200);
            assertThat(server.get("/api/events/" + event + "/stock", shopper.token()).status()).isEqualTo(200);
            // both tokens are now remembered as verified on both instances (decision 0025): that must not let them in
            assertThat(server.get(ApiPaths.PING, shopper.token()).status()).isEqualTo(200);
            assertThat(server.get(ApiPaths.PING, clerk).status()).isEqualTo(200);
        }

        assertThat(api.patch("/api/admin/users/" + shopper.id(), Map.of("enabled", false), admin).status()).isEqualTo(200);
        assertThat(second.api().patch("/api/admin/users/" + clerkId, Map.of("enabled", false), admin).status()).isEqualTo(200);

        for (Api server : List.of(second.api(), api)) {
            List<Api.Res> refused = List.of(
                    new Queues(server).checkRaw(event, shopper.token(), null),
                    new Sales(server).holdSeats(event, shopper.token(), null, seat.get("FLR-E-5")),
                    server.get("/api/holds/" + held[0], shopper.token()),
                    server.post("/api/holds/" + held[1] + "/extend", null, shopper.token()),
                    server.delete("/api/holds/" + held[0], shopper.token()),
                    new Sales(server).holdSeats(event, clerk, "box-1", seat.get("FLR-E-6")),
                    server.get("/api/events/" + event, clerk),
                    server.get("/api/events/" + event + "/seats", clerk),
                    server.get("/api/events/" + event + "/stock", shopper.token()),
                    server.get(ApiPaths.PING, shopper.token()),
                    server.get(ApiPaths.PING, clerk));
            assertThat(refused).allSatisfy(r -> {
                assertThat(r.status()).as(r.toString()).isEqualTo(401);
                assertThat(r.code()).isEqualTo("ACCOUNT_DISABLED");
            });
        }
    }

    private HoldView clerkHold(Api server, long event, HoldRequest request) {
        return hold(server, clerk, "box-1", event, request);
    }

    private static HoldView hold(Api server, String token, String terminal, long event, HoldRequest request) {
        Api.Res r = new Sales(server).hold(event, request, token, terminal);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.as(HoldView.class);
    }

    private long tier(long event, String code) {
        return api.get("/api/events/" + event, null).as(EventDetail.class).tiers().stream().filter(t -> t.code().equals(code))
                .mapToLong(TierView::id).findFirst().orElseThrow();
    }

    private static EventRequest withPrices(EventRequest r, Map<String, Long> prices) {
        List<TierSpec> tiers = r.tiers().stream()
                .map(t -> new TierSpec(t.code(), t.name(), prices.getOrDefault(t.code(), t.price()), t.capacity())).toList();
        return new EventRequest(r.name(), r.description(), r.kind(), r.venueId(), r.startsAt(), r.saleOpensAt(), r.saleClosesAt(),
                tiers, r.holdMinutes(), r.maxHoldMinutes(), r.perCustomerLimit(), r.currency());
    }

    private static EventRequest withWindow(EventRequest r, Instant opens, Instant closes) {
        return new EventRequest(r.name(), r.description(), r.kind(), r.venueId(), r.startsAt(), opens, closes, r.tiers(),
                r.holdMinutes(), r.maxHoldMinutes(), r.perCustomerLimit(), r.currency());
    }
}
