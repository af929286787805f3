package dev.tiketi.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public catalog: listing with filters and paging, event detail, venue layout; drafts stay hidden. */
class CatalogApiTest extends IntegrationTest {
    private String admin;
    private String clerk;
    private Fixtures fixtures;
    private long venue;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        fixtures = new Fixtures(api, admin);
        venue = fixtures.venue(Fixtures.smallVenue("Test Hall"));
    }

    private Instant days(int d) {
        return now.plus(Duration.ofDays(d));
    }

    @Test
    void statusFollowsTheSaleWindowAndTheAdminsDecisions() {
        long onSale = fixtures.publishedEvent(Fixtures.reserved("On sale", venue, days(-1), days(5), days(5)));
        long upcoming = fixtures.publishedEvent(Fixtures.reserved("Upcoming", venue, days(2), days(5), days(5)));
        long past = fixtures.publishedEvent(Fixtures.reserved("Window over", venue, days(-10), days(-2), days(-2)));
        long closed = fixtures.publishedEvent(Fixtures.reserved("Closed by admin", venue, days(-1), days(5), days(5)));
        api.post("/api/admin/events/" + closed + "/close", null, admin);
        long cancelled = fixtures.publishedEvent(Fixtures.reserved("Cancelled", venue, days(-1), days(5), days(5)));
        api.post("/api/admin/events/" + cancelled + "/cancel", java.util.Map.of("orders", "REFUND_ALL"), admin);
        long draft = fixtures.event(Fixtures.reserved("Draft", venue, days(-1), days(5), days(5)));

        assertThat(status(onSale, clerk)).isEqualTo("ON_SALE");
        assertThat(status(upcoming, clerk)).isEqualTo("UPCOMING");
        assertThat(status(past, clerk)).isEqualTo("CLOSED");
        assertThat(status(closed, clerk)).isEqualTo("CLOSED");
        assertThat(status(cancelled, clerk)).isEqualTo("CANCELLED");
        assertThat(api.get("/api/events/" + draft, clerk).status()).isEqualTo(404);
        assertThat(api.get("/api/events/" + draft, null).status()).isEqualTo(404);
        assertThat(status(draft, admin)).isEqualTo("DRAFT");

        assertThat(names(api.get("/api/events?status=ON_SALE", null))).containsExactly("On sale");
        assertThat(names(api.get("/api/events?status=CLOSED", null))).containsExactlyInAnyOrder("Window over", "Closed by admin");
        assertThat(names(api.get("/api/events?status=DRAFT", clerk))).isEmpty();
        assertThat(names(api.get("/api/events?status=DRAFT", admin))).containsExactly("Draft");
        assertThat(api.get("/api/events", null).body().get("total").asLong()).isEqualTo(5);
        assertThat(api.get("/api/events", admin).body().get("total").asLong()).isEqualTo(6);
    }

    @Test
    void textSearchMatchesNameOrVenueCaseInsensitivelyAndTreatsWildcardsLiterally() {
        fixtures.publishedEvent(Fixtures.onSale("Jazz Night", venue));
        fixtures.publishedEvent(Fixtures.onSale("Opera 100% live", venue));
        fixtures.publishedEvent(Fixtures.ga("Summer Festival", 100));
        assertThat(names(api.get("/api/events?q=jazz", null))).containsExactly("Jazz Night");
        assertThat(names(api.get("/api/events?q=100%25", null))).containsExactly("Opera 100% live");
        assertThat(names(api.get("/api/events?q=_", null))).isEmpty();
        assertThat(names(api.get("/api/events?q=test%20hall", null))).containsExactlyInAnyOrder("Jazz Night", "Opera 100% live");
    }

    @Test
    void dateRangeFiltersByStartTime() {
        fixtures.publishedEvent(Fixtures.reserved("Soon", venue, days(-1), days(3), days(3)));
        fixtures.publishedEvent(Fixtures.reserved("Later", venue, days(-1), days(30), days(30)));
        assertThat(names(api.get("/api/events?from=" + days(2) + "&to=" + days(4), null))).containsExactly("Soon");
        assertThat(names(api.get("/api/events?from=" + days(4), null))).containsExactly("Later");
        assertThat(names(api.get("/api/events?to=" + days(4), null))).containsExactly("Soon");
    }

    @Test
    void pagesCoverEveryEventOnceInStartOrder() {
        for (int i = 0; i < 23; i++) {
            fixtures.publishedEvent(Fixtures.reserved("E" + i, venue, days(-1), days(10 + i), days(10 + i)));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Res r = api.get("/api/events?size=10&page=" + page, null);
            assertThat(r.body().get("total").asLong()).isEqualTo(23);
            assertThat(r.body().get("size").asInt()).isEqualTo(10);
            seen.addAll(names(r));
        }
        assertThat(seen).hasSize(23);
        assertThat(new HashSet<>(seen)).hasSize(23);
        assertThat(seen.get(0)).isEqualTo("E0");
        assertThat(seen.get(22)).isEqualTo("E22");
        assertThat(names(api.get("/api/events?size=10&page=3", null))).isEmpty();
        assertThat(api.get("/api/events?size=100", null).status()).isEqualTo(200);
    }

    @Test
    void detailHasVenueTiersAndAvailabilityThatExcludesBlockedSeats() {
        long id = fixtures.publishedEvent(Fixtures.onSale("Detail", venue));
        JsonNode e = api.get("/api/events/" + id, null).body();
        assertThat(e.get("kind").asString()).isEqualTo("RESERVED");
        assertThat(e.get("venue").get("name").asString()).isEqualTo("Test Hall");
        assertThat(e.get("venue").get("seatCount").asInt()).isEqualTo(74);
        assertThat(e.get("holdMinutes").asInt()).isEqualTo(5);
        assertThat(e.get("maxHoldMinutes").asInt()).isEqualTo(20);
        assertThat(e.get("perCustomerLimit").asInt()).isEqualTo(10);
        assertThat(e.get("currency").asString()).isEqualTo("KRW");
        List<String> tiers = new ArrayList<>();
        e.get("tiers").forEach(t -> tiers.add(t.get("code").asString() + "=" + t.get("price").asLong()));
        assertThat(tiers).containsExactly("VIP=100000", "STD=50000", "BAL=30000");
        List<String> avail = new ArrayList<>();
        e.get("availability").forEach(a -> avail.add(a.get("tierCode").asString() + ":" + a.get("capacity").asInt()
                + "/" + a.get("available").asInt() + "/" + a.get("sold").asInt()));
        // 20 VIP seats minus blocked A-1; 30 STD; 24 balcony.
        assertThat(avail).containsExactly("VIP:19/19/0", "STD:30/30/0", "BAL:24/24/0");
    }

    @Test
    void soldAndHeldSeatsReduceAvailability() {
        long id = fixtures.publishedEvent(Fixtures.onSale("Partly sold", venue));
        dev.tiketi.server.support.Sales sales = new dev.tiketi.server.support.Sales(api);
        java.util.Map<String, Long> seats = sales.seatIds(venue);
        String hold = sales.holdSeats(id, clerk, "c1", seats.get("FLR-C-1"), seats.get("FLR-C-2")).body().get("holdId").asString();
        assertThat(sales.buyByCard(hold, clerk, "c1").status()).isEqualTo(201);
        sales.holdSeats(id, clerk, "c1", seats.get("FLR-C-3"));
        JsonNode std = api.get("/api/events/" + id, null).body().get("availability").get(1);
        assertThat(std.get("tierCode").asString()).isEqualTo("STD");
        assertThat(std.get("sold").asInt()).isEqualTo(2);
        assertThat(std.get("held").asInt()).isEqualTo(1);
        assertThat(std.get("available").asInt()).isEqualTo(27);
    }

    @Test
    void gaEventShowsStockPerTier() {
        long id = fixtures.publishedEvent(Fixtures.ga("Festival", 250));
        JsonNode e = api.get("/api/events/" + id, null).body();
        assertThat(e.get("kind").asString()).isEqualTo(EventKind.GA.name());
        assertThat(e.get("venue").isNull()).isTrue();
        assertThat(e.get("tiers").get(0).get("capacity").asInt()).isEqualTo(250);
        assertThat(e.get("availability").get(0).get("available").asInt()).isEqualTo(250);
    }

    @Test
    void layoutHasEverySeatWithLabelsTiersFlagsAndCoordinates() {
        JsonNode layout = api.get("/api/venues/" + venue + "/layout", null).body();
        assertThat(layout.get("seatCount").asInt()).isEqualTo(74);
        assertThat(layout.get("stageWidth").asDouble()).isPositive();
        JsonNode floor = layout.get("sections").get(0);
        assertThat(floor.get("code").asString()).isEqualTo("FLR");
        assertThat(floor.get("rows")).hasSize(5);
        JsonNode a1 = floor.get("rows").get(0).get("seats").get(0);
        assertThat(a1.get("label").asString()).isEqualTo("FLR-A-1");
        assertThat(a1.get("blocked").asBoolean()).isTrue();
        assertThat(a1.get("tierCode").asString()).isEqualTo("VIP");
        JsonNode e10 = floor.get("rows").get(4).get("seats").get(9);
        assertThat(e10.get("label").asString()).isEqualTo("FLR-E-10");
        assertThat(e10.get("accessible").asBoolean()).isTrue();
        assertThat(e10.get("tierCode").asString()).isEqualTo("STD");
        assertThat(e10.get("x").asDouble()).isGreaterThan(a1.get("x").asDouble());
        assertThat(e10.get("y").asDouble()).isGreaterThan(a1.get("y").asDouble());
        Set<Long> ids = new HashSet<>();
        layout.get("sections").forEach(s -> s.get("rows").forEach(r -> r.get("seats").forEach(seat -> ids.add(seat.get("id").asLong()))));
        assertThat(ids).hasSize(74);
        assertThat(layout.get("stageY").asDouble()).isLessThan(a1.get("y").asDouble());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(api.get("/api/events/999999", null).code()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(api.get("/api/venues/999999/layout", null).code()).isEqualTo("VENUE_NOT_FOUND");
    }

    private String status(long id, String token) {
        Res r = api.get("/api/events/" + id, token);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().get("status").asString();
    }

    private static List<String> names(Res r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.body().get("items").forEach(i -> names.add(i.get("name").asString()));
        return names;
    }

}
