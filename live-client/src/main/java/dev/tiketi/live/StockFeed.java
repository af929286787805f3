package dev.tiketi.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.sales.StockSnapshot;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Live stock per tier of one event. Each push is whole, so a newer one simply replaces what is held and a
 * missed one costs nothing; reconnects reload the snapshot, and so does polling while the link is down.
 */
public final class StockFeed extends Feed<StockSnapshot> {
    private final Callable<StockSnapshot> loader;
    private volatile StockSnapshot stock;

    /** {@code loader} reads {@code GET /api/events/{id}/stock}. */
    public StockFeed(LiveClient live, long eventId, Callable<StockSnapshot> loader, Duration pollEvery) {
        super(live, LiveDestinations.stock(eventId), StockSnapshot.class, pollEvery);
        this.loader = loader;
    }

    /** The stock as last known; null before the first snapshot. */
    public StockSnapshot stock() {
        return stock;
    }

    @Override
    long load() throws Exception {
        StockSnapshot snapshot = loader.call();
        stock = snapshot;
        return snapshot.version();
    }

    @Override
    Outcome apply(StockSnapshot update, long current) {
        if (update.version() <= current) {
            return Outcome.IGNORED;
        }
        stock = update;
        return Outcome.APPLIED;
    }

    @Override
    long versionOf(StockSnapshot update) {
        return update.version();
    }
}
