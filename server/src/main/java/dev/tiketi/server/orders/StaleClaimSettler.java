package dev.tiketi.server.orders;

import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.holds.StaleClaims;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.inventory.Inventory;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A hold stayed "being paid" past its payment deadline: its server died or hung mid-sale. The database
 * decides, once, through hold_outcome: if the sale recorded SOLD first, Redis is brought in line; else
 * RELEASED is recorded, which makes a late sale of that hold fail, and the hold is released.
 */
@Component
class StaleClaimSettler implements StaleClaims {
    private final Inventory inventory;
    private final OrderRepository orders;
    private final AuditLog audit;
    private final Clock clock;

    StaleClaimSettler(Inventory inventory, OrderRepository orders, AuditLog audit, Clock clock) {
        this.inventory = inventory;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void settle(long eventId, String holdId) {
        HoldRecord hold = inventory.find(eventId, holdId).orElse(null);
        if (hold == null || !hold.beingPaid()) {
            return;
        }
        if (!orders.decideHold(holdId, "RELEASED", clock.instant())) {
            // the sale reached the database: finish it in Redis (with what is still sold, if refunded since)
            inventory.commitSale(hold, orders.soldFromHold(holdId));
            return;
        }
        if (inventory.unclaim(eventId, holdId, hold.payKey())
                && inventory.release(eventId, holdId, null, false, clock.instant()) == Inventory.Release.RELEASED) {
            audit.record("HOLD_EXPIRED", "hold", eventId, Map.of("hold", holdId, "unfinishedPayment", true));
        }
    }
}
