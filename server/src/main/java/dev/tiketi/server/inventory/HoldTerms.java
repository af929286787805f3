package dev.tiketi.server.inventory;

import java.time.Instant;

/**
 * Who a new hold belongs to and for how long. {@code limitedUser} is the user whose held and bought
 * tickets count against the event's per-customer limit (null: the limit applies to this hold alone, as for
 * a clerk who serves one customer after another). {@code catalogVersion} is the event's catalog version that the
 * limit, the hold times, the seats and the prices were read under: the hold script takes the hold only while it is
 * still the current one.
 */
public record HoldTerms(String owner, long buyerId, Long limitedUser, int limit, int alreadyBought,
                        Instant createdAt, Instant expiresAt, Instant maxExpiresAt, String catalogVersion) {
}
