package dev.tiketi.server.live;

import dev.tiketi.server.auth.AccountRevoked;
import dev.tiketi.server.catalog.CatalogChanged;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.inventory.InventoryChanged;
import dev.tiketi.server.inventory.InventoryReloaded;
import dev.tiketi.server.queue.QueueAdmitted;
import dev.tiketi.server.queue.QueueChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what the server's features announce inside one instance into live notices for all instances (or,
 * for the queue summary that every instance computes itself, straight into a local push).
 */
@Component
class ChangeListeners {
    private final LiveNotices notices;
    private final QueuePushes queue;
    private final Inventory inventory;

    ChangeListeners(LiveNotices notices, QueuePushes queue, Inventory inventory) {
        this.notices = notices;
        this.queue = queue;
        this.inventory = inventory;
    }

    /** Seat changes were published by their scripts already; GA stock changes are announced here. */
    @EventListener
    void inventoryChanged(InventoryChanged change) {
        if (change.seats().isEmpty() && change.stockChanged()) {
            notices.stockChanged(change.eventId(), change.version());
        }
    }

    @EventListener
    void inventoryReloaded(InventoryReloaded reloaded) {
        notices.resync(reloaded.eventId(), safeVersion(reloaded.eventId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void catalogChanged(CatalogChanged changed) {
        for (long id : changed.eventIds()) {
            try {
                notices.resync(id, inventory.touch(id));
            } catch (RuntimeException e) {
                notices.resync(id, 0);
            }
        }
    }

    /** Once the change is committed (a reconnect is refused from then on), on every instance. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void accountRevoked(AccountRevoked revoked) {
        notices.revoked(revoked.userId());
    }

    @EventListener
    void admitted(QueueAdmitted admitted) {
        notices.admitted(admitted.eventId(), admitted.shoppers());
    }

    @EventListener
    void queueChanged(QueueChanged changed) {
        queue.summary(changed.summary());
    }

    private long safeVersion(long eventId) {
        try {
            return inventory.version(eventId);
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
