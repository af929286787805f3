package dev.tiketi.model.live;

import dev.tiketi.model.admin.SalesHistory;
import dev.tiketi.model.sales.Channel;
import java.time.Instant;
import java.util.List;

/**
 * An event's sales right now, for the admin dashboard: tickets sold and revenue by channel and tier (valid
 * tickets: refunds and exchanges already taken out), what is held, and the holds in progress with their
 * terminal and expiry (the countdown is the client's: {@code expiresAt} - now). {@code activeHolds} lists at most
 * {@link #MOST_HOLDS_LISTED}, soonest to expire first; {@code holdCount} counts them all. {@code at} is when the
 * figures were read. {@code history} is how they grew since the first sale, up to {@code at}: in the REST snapshot
 * only, null in the pushes (a dashboard appends each push to the history it loaded).
 */
public record SalesFigures(long eventId, Instant at, int sold, long revenue, int held, int holdCount,
                           List<SalesFigure> byChannelAndTier, List<ActiveHold> activeHolds, SalesHistory history) {
    public static final int MOST_HOLDS_LISTED = 200;

    /** The same figures without their history: what is pushed. */
    public SalesFigures withoutHistory() {
        return history == null ? this : new SalesFigures(eventId, at, sold, revenue, held, holdCount, byChannelAndTier, activeHolds, null);
    }

    /** Valid tickets of one channel and tier, and what they were sold for. */
    public record SalesFigure(Channel channel, String tierCode, int sold, long revenue) {
    }

    /**
     * A hold in progress: {@code terminal} is the staff or kiosk terminal it was taken at (null for a customer
     * online), {@code userId} its owner's account, {@code beingPaid} while a payment for it runs.
     */
    public record ActiveHold(String holdId, long userId, String terminal, int items, long total, Instant expiresAt,
                             boolean beingPaid) {
    }
}
