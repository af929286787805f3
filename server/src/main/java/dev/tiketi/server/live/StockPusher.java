package dev.tiketi.server.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.inventory.InventorySnapshots;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.tiketi.server.system.CoalescedPass;
import dev.tiketi.server.system.TiketiProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Pushes each event's stock whole (the same document as {@code GET /api/events/{id}/stock}), at most once
 * per interval however many changes came in between, and only where this instance has stock subscribers.
 * The snapshot is read in one script with its version; a version not newer than the last one sent is not
 * sent again, so each client sees stock versions only go up. The pass runs when a change asks for it
 * ({@link CoalescedPass}), not on a timer, so an idle server does not wake for it.
 */
@Component
class StockPusher {
    private static final Logger log = LoggerFactory.getLogger(StockPusher.class);

    private final InventorySnapshots snapshots;
    private final LiveBroadcaster broadcasts;
    private final LiveSessions sessions;
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final Set<Long> forced = ConcurrentHashMap.newKeySet();
    private final Map<Long, Long> lastSent = new ConcurrentHashMap<>();
    private final CoalescedPass pass;

    StockPusher(InventorySnapshots snapshots, LiveBroadcaster broadcasts, LiveSessions sessions,
                @Qualifier("taskScheduler") TaskScheduler scheduler, TiketiProperties props) {
        this.snapshots = snapshots;
        this.broadcasts = broadcasts;
        this.sessions = sessions;
        this.pass = new CoalescedPass(scheduler, props.live().stockInterval(), this::push);
    }

    void changed(long eventId) {
        dirty.add(eventId);
        pass.request();
    }

    /** Send even at the same version: what the version does not cover changed (blocked seats, tiers). */
    void resync(long eventId) {
        forced.add(eventId);
        dirty.add(eventId);
        pass.request();
    }

    void push() {
        for (Long eventId : Set.copyOf(dirty)) {
            dirty.remove(eventId);
            boolean force = forced.remove(eventId);
            if (!sessions.hasSubscribers(eventId, LiveDestinations.Topic.STOCK)) {
                lastSent.remove(eventId);
                continue;
            }
            try {
                StockSnapshot stock = snapshots.stock(eventId);
                Long last = lastSent.get(eventId);
                if (force || last == null || stock.version() > last) {
                    lastSent.put(eventId, stock.version());
                    broadcasts.send(LiveDestinations.stock(eventId), stock);
                }
            } catch (RuntimeException e) {
                dirty.add(eventId);
                pass.request();
                log.warn("Stock of event {} not pushed: {}", eventId, e.toString());
            }
        }
    }
}
