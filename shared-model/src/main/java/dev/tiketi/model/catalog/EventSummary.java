package dev.tiketi.model.catalog;

import java.time.Instant;

public record EventSummary(long id, String name, EventKind kind, EventStatus status, Instant startsAt,
                           Instant saleOpensAt, Instant saleClosesAt, Long venueId, String venueName,
                           long minPrice, long maxPrice, String currency) {
}
