package dev.tiketi.server.support;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Venues and events made through the admin API, as an admin would. */
public final class Fixtures {
    private final Api api;
    private final String adminToken;

    public Fixtures(Api api, String adminToken) {
        this.api = api;
        this.adminToken = adminToken;
    }

    /** 2 sections: FLR 5 rows x 10 (rows A-B tier VIP, rest STD, A-1 blocked, row E accessible), BAL 3 x 8 (BAL). */
    public static VenueRequest smallVenue(String name) {
        return new VenueRequest(name, "1 Test-ro", List.of(
                new SectionSpec("FLR", "Floor", 5, 10, "A", false, "STD", Map.of("A", "VIP", "B", "VIP"),
                        List.of("A-1"), List.of("E"), null, null, null),
                new SectionSpec("BAL", "Balcony", 3, 8, "A", true, "BAL", null, null, null, null, null, 20.0)));
    }

    public static List<TierSpec> smallVenueTiers() {
        return List.of(new TierSpec("VIP", "VIP", 100_000, null), new TierSpec("STD", "Standard", 50_000, null),
                new TierSpec("BAL", "Balcony", 30_000, null));
    }

    public long venue(VenueRequest request) {
        Api.Res r = api.post("/api/admin/venues", request, adminToken);
        if (r.status() != 201) {
            throw new IllegalStateException("venue not created: " + r);
        }
        return r.body().get("id").asLong();
    }

    public static EventRequest reserved(String name, long venueId, Instant saleOpens, Instant saleCloses, Instant starts) {
        return new EventRequest(name, "about " + name, EventKind.RESERVED, venueId, starts, saleOpens, saleCloses,
                smallVenueTiers(), null, null, null, null);
    }

    /** An event whose sale window contains now. */
    public static EventRequest onSale(String name, long venueId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return reserved(name, venueId, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)));
    }

    public static EventRequest ga(String name, int capacity) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new EventRequest(name, null, EventKind.GA, null, now.plus(Duration.ofDays(5)), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(5)), List.of(new TierSpec("GEN", "General", 20_000, capacity)), null, null, null, null);
    }

    public long event(EventRequest request) {
        Api.Res r = api.post("/api/admin/events", request, adminToken);
        if (r.status() != 201) {
            throw new IllegalStateException("event not created: " + r);
        }
        return r.body().get("id").asLong();
    }

    public long publishedEvent(EventRequest request) {
        long id = event(request);
        Api.Res r = api.post("/api/admin/events/" + id + "/publish", null, adminToken);
        if (r.status() != 200) {
            throw new IllegalStateException("event not published: " + r);
        }
        return id;
    }
}
