package dev.tiketi.server.orders;

import dev.tiketi.server.holds.HoldSweeper;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.inventory.Inventory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Claims the holds of one purchase for payment, all or none. Each claim is one atomic script; across holds
 * atomicity comes from giving back whatever this request claimed as soon as one claim fails. Claims go in
 * hold-id order, so two requests sharing holds meet at the same first shared hold and one of them loses
 * there, before it has taken anything the other needs.
 */
@Component
class HoldClaims {
    private final Inventory inventory;
    private final HoldSweeper sweeper;
    private final OrderRepository orders;

    HoldClaims(Inventory inventory, OrderRepository orders, HoldSweeper sweeper) {
        this.inventory = inventory;
        this.orders = orders;
        this.sweeper = sweeper;
    }

    /** CLAIMED when every hold is now claimed under {@code key}; otherwise the first refusal, and none is claimed. */
    Inventory.Claim claimAll(List<HoldRecord> holds, String owner, String key, Instant now, Instant deadline) {
        List<HoldRecord> claimed = new ArrayList<>();
        for (HoldRecord hold : holds.stream().sorted(Comparator.comparing(HoldRecord::holdId)).toList()) {
            Inventory.Claim claim = inventory.claim(hold.eventId(), hold.holdId(), owner, key, now, deadline);
            if (claim != Inventory.Claim.CLAIMED) {
                // only what this request claimed: a claim refused as "same request" belongs to a parallel
                // request with this key, which is still paying for it
                unclaimAll(claimed, key);
                return claim;
            }
            claimed.add(hold);
        }
        return Inventory.Claim.CLAIMED;
    }

    /** Gives the holds back to their owner after a payment that did not happen; they keep their expiry. */
    void unclaimAll(List<HoldRecord> holds, String key) {
        for (HoldRecord hold : holds) {
            inventory.unclaim(hold.eventId(), hold.holdId(), key);
            // its expiry may have passed while it was being paid: the sweeper should not wait for its next look
            sweeper.expiresAt(hold.expiresAt());
        }
    }

    /**
     * The database refused the sale although Redis let the items be held (Redis was flushed or is behind):
     * releases the holds the database cannot honour, leaves the others to their owner, and reloads the
     * event's sold items from the database.
     */
    void releaseUnsellable(List<HoldRecord> holds, String owner, Instant now) {
        for (HoldRecord hold : holds) {
            boolean unsellable = hold.seats() ? orders.anySold(hold.eventId(), hold.seatIds())
                    : orders.freeUnits(hold.gaTierId()) < hold.quantity();
            if (unsellable) {
                inventory.release(hold.eventId(), hold.holdId(), owner, false, now);
            }
        }
        inventory.reload(holds.get(0).eventId());
    }
}
