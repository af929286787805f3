package dev.tiketi.server.orders;

import dev.tiketi.server.inventory.Inventory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis updates after a database change has committed. The change stands whatever happens here; if Redis
 * fails, the event is reloaded from the database (and if that fails too, the next conflict reloads it).
 */
final class Resync {
    private static final Logger log = LoggerFactory.getLogger(Resync.class);

    private Resync() {
    }

    static void revert(Inventory inventory, long eventId, long gaTierId, List<Long> items) {
        try {
            inventory.revertSale(eventId, gaTierId, items);
        } catch (RuntimeException e) {
            failed(inventory, eventId, e);
        }
    }

    static void failed(Inventory inventory, long eventId, RuntimeException cause) {
        log.warn("Redis was not updated after a committed change to event {}; reloading it from the database", eventId, cause);
        try {
            inventory.reload(eventId);
        } catch (RuntimeException again) {
            log.warn("Reloading event {} failed too; it is reloaded on its next conflict", eventId, again);
        }
    }
}
