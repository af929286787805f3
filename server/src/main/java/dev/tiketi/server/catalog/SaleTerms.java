package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import java.time.Instant;

/** What selling an event needs to know about it, with its status as of the moment it was read. */
public record SaleTerms(long id, String name, EventKind kind, EventStatus status, Long venueId, Instant startsAt,
                        int holdMinutes, int maxHoldMinutes, int perCustomerLimit, String currency) {
}
