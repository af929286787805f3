package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import java.time.Instant;

/** An event as stored, with its status as derived for the moment it was read. */
record EventRow(long id, Long venueId, String venueName, String name, String description, EventKind kind,
                String state, EventStatus status, Instant startsAt, Instant saleOpensAt, Instant saleClosesAt,
                int holdMinutes, int maxHoldMinutes, int perCustomerLimit, String currency, long minPrice,
                long maxPrice) {
}
