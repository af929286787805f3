package dev.tiketi.live;

import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatsSnapshot;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The live seat map of one reserved event: the REST snapshot, then every push applied in version order.
 * A push that is not the next version (something was missed), a resync marker, a reconnect or a subscription
 * renewed all reload the snapshot; while the live link is down it reloads every {@code pollEvery}. So what
 * it holds is the server's state, not a likely approximation of it.
 */
public final class SeatFeed extends Feed<SeatsUpdate> {
    private final Callable<SeatsSnapshot> loader;
    private final Map<Long, SeatState> seats = new HashMap<>();

    /** {@code loader} reads {@code GET /api/events/{id}/seats}. */
    public SeatFeed(LiveClient live, long eventId, Callable<SeatsSnapshot> loader, Duration pollEvery) {
        super(live, LiveDestinations.seats(eventId), SeatsUpdate.class, pollEvery);
        this.loader = loader;
    }

    /** A copy of the seats as last known, by seat id. */
    public synchronized Map<Long, SeatState> seats() {
        return Map.copyOf(seats);
    }

    public synchronized SeatState seat(long seatId) {
        return seats.get(seatId);
    }

    @Override
    long load() throws Exception {
        SeatsSnapshot snapshot = loader.call();
        synchronized (this) {
            seats.clear();
            snapshot.seats().forEach(s -> seats.put(s.seatId(), s));
        }
        return snapshot.version();
    }

    @Override
    Outcome apply(SeatsUpdate update, long current) {
        if (update.resync()) {
            return Outcome.RELOAD;
        }
        if (update.version() <= current) {
            return Outcome.IGNORED;
        }
        if (update.version() != current + 1) {
            return Outcome.RELOAD;
        }
        synchronized (this) {
            update.seats().forEach(s -> seats.put(s.seatId(), s));
        }
        return Outcome.APPLIED;
    }

    @Override
    long versionOf(SeatsUpdate update) {
        return update.version();
    }
}
