package dev.tiketi.server.holds;

import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.catalog.SaleTermsCache;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.server.inventory.Inventory;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases expired holds, every half second by default, so a seat is free everywhere within about a
 * second of its hold's expiry. Every instance runs it; that is safe because each release is one script
 * that re-checks the hold, so of two instances sweeping the same hold exactly one releases it.
 */
@Component
public class HoldSweeper {
    private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);
    private static final int BATCH = 500;

    private final Inventory inventory;
    /**
     * Whether an event without holds is still on sale, asked of every such event each pass: from the per-instance
     * cache (one Redis GET), not PostgreSQL, so an idle server with events on sale borrows no connection.
     */
    private final SaleTermsCache catalog;
    private final StaleClaims staleClaims;
    private final AuditLog audit;
    private final Clock clock;
    private volatile boolean failing;

    HoldSweeper(Inventory inventory, SaleTermsCache catalog, StaleClaims staleClaims, AuditLog audit, Clock clock) {
        this.inventory = inventory;
        this.catalog = catalog;
        this.staleClaims = staleClaims;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tiketi.sales.sweep-interval:500ms}")
    void scheduled() {
        try {
            sweep();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Hold sweeper failed; retrying every tick until it works again", e);
            }
            failing = true;
        }
    }

    /** One pass over every event with holds; returns how many holds this call released. */
    public int sweep() {
        int released = 0;
        for (long eventId : inventory.eventsWithHolds()) {
            Instant now = clock.instant();
            for (String holdId : inventory.dueHolds(eventId, now, BATCH)) {
                switch (inventory.release(eventId, holdId, null, true, now)) {
                    case RELEASED -> {
                        released++;
                        audit.record("HOLD_EXPIRED", "hold", eventId, Map.of("hold", holdId));
                    }
                    case BEING_PAID -> staleClaims.settle(eventId, holdId);
                    default -> {
                        // extended or taken by another instance meanwhile: nothing to do
                    }
                }
            }
            if (!inventory.hasHolds(eventId) && catalog.saleTerms(eventId).map(e -> e.status() != EventStatus.ON_SALE).orElse(true)) {
                // no new holds can come for an event that is not on sale, so stop looking at it
                inventory.forgetEvent(eventId);
                if (inventory.hasHolds(eventId)) {
                    // a hold slipped in between the look and the forgetting: keep sweeping this event
                    inventory.rememberEvent(eventId);
                }
            }
        }
        return released;
    }
}
