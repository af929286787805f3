package dev.tiketi.model.catalog;

import java.time.Instant;
import java.util.List;

public record EventDetail(long id, String name, String description, EventKind kind, EventStatus status,
                          Instant startsAt, Instant saleOpensAt, Instant saleClosesAt,
                          VenueSummary venue, List<TierView> tiers, List<TierAvailability> availability,
                          int holdMinutes, int maxHoldMinutes, int perCustomerLimit, String currency) {
}
