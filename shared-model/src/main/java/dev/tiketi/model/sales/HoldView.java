package dev.tiketi.model.sales;

import java.time.Instant;
import java.util.List;

/**
 * A live hold: its items, their total, when it lapses, and the latest it can be extended to. For GA,
 * {@code items} has one entry per unit.
 */
public record HoldView(String holdId, long eventId, List<HeldSeat> items, long total, String currency,
                       Instant expiresAt, Instant maxExpiresAt) {
}
