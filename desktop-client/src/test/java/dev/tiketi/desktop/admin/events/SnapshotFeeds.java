package dev.tiketi.desktop.admin.events;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Seats loaded once when an event opens and then left alone: the screen test sells a seat behind the map's back,
 * as a sale on another terminal would in the moment before its push arrives, to see the server refuse the kill.
 */
final class SnapshotFeeds implements LiveFeeds {
    private final ApiClient api;
    private Runnable refresh = () -> { };

    SnapshotFeeds(ApiClient api) {
        this.api = api;
    }

    @Override
    public Seats seats(long eventId, Runnable changed) {
        @SuppressWarnings("unchecked")
        Map<Long, SeatState>[] seats = new Map[] {Map.of()};
        long[] version = {-1};
        refresh = () -> CompletableFuture.runAsync(() -> {
            SeatsSnapshot s = api.seats(eventId);
            seats[0] = s.seats().stream().collect(Collectors.toMap(SeatState::seatId, x -> x));
            version[0] = s.version();
            changed.run();
        });
        refresh.run();
        return new Seats() {
            @Override
            public Map<Long, SeatState> seats() {
                return seats[0];
            }

            @Override
            public long version() {
                return version[0];
            }

            @Override
            public boolean live() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    /** What a push would do: the seats as the server has them now. */
    void refresh() {
        refresh.run();
    }

    @Override
    public Stock stock(long eventId, Runnable changed) {
        return new Stock() {
            @Override
            public StockSnapshot stock() {
                return null;
            }

            @Override
            public void close() {
            }
        };
    }
}
