package dev.tiketi.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import tools.jackson.databind.JsonNode;

/** Venues and events made through the admin API, as an admin would. */
final class World {
    private final Http http;
    private final String admin;

    World(Http http, String adminToken) {
        this.http = http;
        this.admin = adminToken;
    }

    record Hall(long venueId, List<Long> seatIds) {
    }

    /** A hall of rows × seatsPerRow seats, all tier STD (at most 100 × 200). */
    Hall hall(String name, int rows, int seatsPerRow) {
        VenueRequest request = new VenueRequest(name, "Bench-ro 1", List.of(SectionSpec.simple("H", "Hall", rows, seatsPerRow, "STD")));
        long id = http.ok("POST", "/api/admin/venues", request, admin).get("id").asLong();
        JsonNode layout = http.ok("GET", "/api/venues/" + id + "/layout", null, admin);
        List<Long> seats = new ArrayList<>();
        layout.get("sections").forEach(s -> s.get("rows").forEach(r -> r.get("seats").forEach(seat -> seats.add(seat.get("id").asLong()))));
        return new Hall(id, seats);
    }

    long reservedEvent(String name, long venueId) {
        return publish(event(name, EventKind.RESERVED, venueId, List.of(new TierSpec("STD", "Standard", 50_000, null))));
    }

    long gaEvent(String name, int capacity) {
        return publish(event(name, EventKind.GA, null, List.of(new TierSpec("GEN", "General", 20_000, capacity))));
    }

    long tierId(long eventId) {
        return http.ok("GET", "/api/events/" + eventId, null, null).get("tiers").get(0).get("id").asLong();
    }

    void queue(long eventId, String mode, int threshold, int perMinute) {
        http.ok("PUT", "/api/queue/admin/" + eventId, Map.of("mode", mode, "threshold", threshold, "admissionsPerMinute", perMinute,
                "idleTimeoutSeconds", 3600, "abandonTimeoutSeconds", 3600), admin);
    }

    private long event(String name, EventKind kind, Long venueId, List<TierSpec> tiers) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EventRequest e = new EventRequest(name, null, kind, venueId, now.plus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(9)), tiers, null, null, 100, null);
        return http.ok("POST", "/api/admin/events", e, admin).get("id").asLong();
    }

    private long publish(long id) {
        http.ok("POST", "/api/admin/events/" + id + "/publish", null, admin);
        return id;
    }
}
