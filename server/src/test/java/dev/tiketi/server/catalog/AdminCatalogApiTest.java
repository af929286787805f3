package dev.tiketi.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.server.support.Api.Res;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminCatalogApiTest extends IntegrationTest {
    private String admin;
    private Fixtures fixtures;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        fixtures = new Fixtures(api, admin);
    }

    @Test
    void createdVenueCanBeReadBackAsItsGeneratorInput() {
        VenueRequest request = Fixtures.smallVenue("Hall");
        Res created = api.post("/api/admin/venues", request, admin);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("seatCount").asInt()).isEqualTo(74);
        Res read = api.get("/api/admin/venues/" + created.body().get("id").asLong(), admin);
        assertThat(read.as(VenueRequest.class)).isEqualTo(request);
        assertThat(api.get("/api/admin/venues", admin).body().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void layoutCanChangeUntilASeatIsSoldButTheNameAlways() {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        VenueRequest bigger = new VenueRequest("Hall", "1 Test-ro",
                List.of(SectionSpec.simple("FLR", "Floor", 6, 10, "STD")));
        Res changed = api.put("/api/admin/venues/" + venue, bigger, admin);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("seatCount").asInt()).isEqualTo(60);

        long event = fixtures.publishedEvent(new EventRequest("Show", null, EventKind.RESERVED, venue,
                java.time.Instant.now().plusSeconds(86_400), java.time.Instant.now().minusSeconds(60),
                java.time.Instant.now().plusSeconds(86_400), List.of(new TierSpec("STD", "Std", 10_000, null)),
                null, null, null, null));
        data.jdbc().sql("insert into sold_seat (event_id, seat_id) select ?, min(id) from seat where venue_id = ?")
                .params(event, venue).update();
        long seatsBefore = data.count("seat");

        Res locked = api.put("/api/admin/venues/" + venue, Fixtures.smallVenue("Hall"), admin);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.code()).isEqualTo("LAYOUT_LOCKED");
        assertThat(data.count("seat")).isEqualTo(seatsBefore);

        VenueRequest renamed = new VenueRequest("Hall (renovated)", "2 Test-ro", bigger.sections());
        Res rename = api.put("/api/admin/venues/" + venue, renamed, admin);
        assertThat(rename.status()).isEqualTo(200);
        assertThat(rename.body().get("name").asString()).isEqualTo("Hall (renovated)");
        assertThat(data.count("seat")).isEqualTo(seatsBefore);
    }

    @Test
    void layoutIsLockedWhileAnEventThereIsOnSale() {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long upcoming = fixtures.publishedEvent(Fixtures.reserved("Later", venue, java.time.Instant.now().plusSeconds(86_400),
                java.time.Instant.now().plusSeconds(2 * 86_400), java.time.Instant.now().plusSeconds(2 * 86_400)));
        VenueRequest oneMoreRow = withRows(Fixtures.smallVenue("Hall"), 6);
        assertThat(api.put("/api/admin/venues/" + venue, oneMoreRow, admin).status()).as("upcoming only").isEqualTo(200);
        // the upcoming event now sells the new seats: STD is rows C-F of the 6-row floor
        assertThat(api.get("/api/events/" + upcoming, null).body().get("availability").get(1).get("capacity").asInt())
                .isEqualTo(40);

        fixtures.publishedEvent(Fixtures.onSale("Now", venue));
        long seats = data.count("seat");
        Res locked = api.put("/api/admin/venues/" + venue, withRows(Fixtures.smallVenue("Hall"), 7), admin);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.code()).isEqualTo("LAYOUT_LOCKED");
        assertThat(locked.body().get("detail").asString()).contains("Now");
        assertThat(data.count("seat")).isEqualTo(seats);
    }

    @Test
    void aNewLayoutMustKeepEveryTierItsEventsPrice() {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        fixtures.event(Fixtures.reserved("Draft", venue, java.time.Instant.now().plusSeconds(86_400),
                java.time.Instant.now().plusSeconds(2 * 86_400), java.time.Instant.now().plusSeconds(2 * 86_400)));
        VenueRequest noBalcony = new VenueRequest("Hall", null, List.of(Fixtures.smallVenue("Hall").sections().get(0)));
        Res r = api.put("/api/admin/venues/" + venue, noBalcony, admin);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.raw()).contains("Draft").contains("BAL");
        assertThat(data.count("seat")).isEqualTo(74);
    }

    private static VenueRequest withRows(VenueRequest venue, int floorRows) {
        SectionSpec floor = venue.sections().get(0);
        SectionSpec bigger = new SectionSpec(floor.code(), floor.name(), floorRows, floor.seatsPerRow(), floor.firstRowLabel(),
                floor.curved(), floor.tierCode(), floor.rowTiers(), floor.blockedSeats(), List.of(), floor.accessibleSeats(),
                floor.offsetX(), floor.offsetY());
        return new VenueRequest(venue.name(), venue.address(), List.of(bigger, venue.sections().get(1)));
    }

    @Test
    void aVenueInUseCannotBeDeletedAnUnusedOneCan() {
        long used = fixtures.venue(Fixtures.smallVenue("Used"));
        long unused = fixtures.venue(Fixtures.smallVenue("Unused"));
        fixtures.event(Fixtures.onSale("Show", used));
        Res refused = api.delete("/api/admin/venues/" + used, admin);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("VENUE_IN_USE");
        assertThat(api.delete("/api/admin/venues/" + unused, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/venues/" + unused + "/layout", null).status()).isEqualTo(404);
        assertThat(api.get("/api/venues/" + used + "/layout", null).status()).isEqualTo(200);
        assertThat(api.delete("/api/admin/venues/" + unused, admin).code()).isEqualTo("VENUE_NOT_FOUND");
    }

    @Test
    void eventsMoveOnlyAlongTheirStateMachine() {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long id = fixtures.event(Fixtures.onSale("Show", venue));
        assertThat(api.post("/api/admin/events/" + id + "/close", null, admin).code()).isEqualTo("EVENT_STATE_CONFLICT");
        assertThat(api.post("/api/admin/events/" + id + "/publish", null, admin).body().get("status").asString()).isEqualTo("ON_SALE");
        assertThat(api.post("/api/admin/events/" + id + "/publish", null, admin).code()).isEqualTo("EVENT_STATE_CONFLICT");
        assertThat(api.post("/api/admin/events/" + id + "/close", null, admin).body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.post("/api/admin/events/" + id + "/cancel", java.util.Map.of("orders", "FLAG_FOR_FOLLOW_UP"), admin).body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.post("/api/admin/events/" + id + "/publish", null, admin).code()).isEqualTo("EVENT_STATE_CONFLICT");
        assertThat(api.put("/api/admin/events/" + id, Fixtures.onSale("Renamed", venue), admin).code()).isEqualTo("EVENT_STATE_CONFLICT");
        assertThat(api.post("/api/admin/events/999999/publish", null, admin).code()).isEqualTo("EVENT_NOT_FOUND");

        List<String> actions = data.jdbc().sql("select action from audit_log where entity = 'event' and entity_id = ? order by id")
                .param(id).query(String.class).list();
        assertThat(actions).containsExactly("EVENT_CREATED", "EVENT_PUBLISHED", "EVENT_CLOSED", "EVENT_CANCELLED");
        String actor = data.jdbc().sql("select actor_name from audit_log where entity = 'event' and entity_id = ? limit 1")
                .param(id).query(String.class).single();
        assertThat(actor).isEqualTo("admin");
    }

    @Test
    void auditRecordsTheTerminal() {
        api.send("POST", "/api/admin/venues", dev.tiketi.server.support.Api.JSON.writeValueAsString(Fixtures.smallVenue("Hall")),
                "application/json", admin, java.util.Map.of("X-Tiketi-Terminal", "Office PC 2"));
        assertThat(data.jdbc().sql("select terminal from audit_log where action = 'VENUE_CREATED'").query(String.class).single())
                .isEqualTo("Office PC 2");
    }

    @Test
    void aPublishedEventKeepsItsVenueKindAndTiersButPricesCanChange() {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long other = fixtures.venue(Fixtures.smallVenue("Other"));
        long id = fixtures.publishedEvent(Fixtures.onSale("Show", venue));

        EventRequest moved = Fixtures.onSale("Show", other);
        assertThat(api.put("/api/admin/events/" + id, moved, admin).code()).isEqualTo("EVENT_STATE_CONFLICT");

        EventRequest base = Fixtures.onSale("Show", venue);
        List<TierSpec> pricier = new ArrayList<>();
        for (TierSpec t : base.tiers()) {
            pricier.add(new TierSpec(t.code(), t.name(), t.price() + 5_000, null));
        }
        EventRequest repriced = new EventRequest("Show (new prices)", base.description(), base.kind(), venue, base.startsAt(),
                base.saleOpensAt(), base.saleClosesAt(), pricier, 7, 15, 4, null);
        Res r = api.put("/api/admin/events/" + id, repriced, admin);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("tiers").get(0).get("price").asLong()).isEqualTo(105_000);
        assertThat(r.body().get("holdMinutes").asInt()).isEqualTo(7);
        assertThat(r.body().get("perCustomerLimit").asInt()).isEqualTo(4);
        assertThat(r.body().get("name").asString()).isEqualTo("Show (new prices)");

        EventRequest dropped = new EventRequest("Show", null, base.kind(), venue, base.startsAt(), base.saleOpensAt(),
                base.saleClosesAt(), base.tiers().subList(0, 2), null, null, null, null);
        assertThat(api.put("/api/admin/events/" + id, dropped, admin).code()).isEqualTo("EVENT_STATE_CONFLICT");
        assertThat(data.count("event_tier")).isEqualTo(3);
    }

    @Test
    void reservedEventsMustPriceExactlyTheVenuesTiers() {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        EventRequest base = Fixtures.onSale("Show", venue);
        EventRequest missing = new EventRequest("Show", null, EventKind.RESERVED, venue, base.startsAt(), base.saleOpensAt(),
                base.saleClosesAt(), List.of(new TierSpec("VIP", "VIP", 1, null)), null, null, null, null);
        Res r = api.post("/api/admin/events", missing, admin);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.raw()).contains("BAL").contains("STD");
        EventRequest extra = new EventRequest("Show", null, EventKind.RESERVED, venue, base.startsAt(), base.saleOpensAt(),
                base.saleClosesAt(), List.of(new TierSpec("VIP", "VIP", 1, null), new TierSpec("STD", "S", 1, null),
                new TierSpec("BAL", "B", 1, null), new TierSpec("GOLD", "G", 1, null)), null, null, null, null);
        assertThat(api.post("/api/admin/events", extra, admin).raw()).contains("GOLD");
        assertThat(data.count("event")).isZero();
    }

    @Test
    void gaTiersNeedCapacity() {
        EventRequest ga = Fixtures.ga("Fest", 10);
        EventRequest noCapacity = new EventRequest("Fest", null, EventKind.GA, null, ga.startsAt(), ga.saleOpensAt(),
                ga.saleClosesAt(), List.of(new TierSpec("GEN", "General", 1000, null)), null, null, null, null);
        Res r = api.post("/api/admin/events", noCapacity, admin);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("tiers[0].capacity");
    }
}
