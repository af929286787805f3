package dev.tiketi.server.inventory;

import java.time.Instant;
import java.util.List;

/**
 * A hold as Redis has it. For GA, {@code items} has the tier once (seatId 0) and {@code quantity} says how
 * many units; for seats, one item per seat.
 */
public record HoldRecord(String holdId, long eventId, String owner, long buyerId, boolean seats, int quantity,
                         List<HoldItem> items, Instant createdAt, Instant expiresAt, Instant maxExpiresAt,
                         boolean beingPaid, String payKey) {

    public long total() {
        return seats ? items.stream().mapToLong(HoldItem::price).sum() : items.get(0).price() * quantity;
    }

    public long gaTierId() {
        return seats ? 0 : items.get(0).tierId();
    }

    public List<Long> seatIds() {
        return items.stream().map(HoldItem::seatId).toList();
    }
}
