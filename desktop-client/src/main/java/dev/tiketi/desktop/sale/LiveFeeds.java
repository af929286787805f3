package dev.tiketi.desktop.sale;

import dev.tiketi.live.Feed;
import dev.tiketi.live.LiveClient;
import dev.tiketi.live.PresenceFeed;
import dev.tiketi.live.SeatFeed;
import dev.tiketi.live.StockFeed;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.model.live.PresenceUpdate;
import dev.tiketi.model.sales.SeatState;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;

/**
 * Where {@link LiveEvent} gets an event's live seats, stock and presence: {@link #of} wraps live-client's feeds (push,
 * resync, polling while offline); a unit test hands in feeds it drives by hand.
 */
public interface LiveFeeds {
    /** An event's seats: the latest known state of each, or a negative version before the first snapshot. */
    interface Seats extends AutoCloseable {
        Map<Long, SeatState> seats();

        long version();

        boolean live();

        @Override
        void close();
    }

    interface Stock extends AutoCloseable {
        StockSnapshot stock();

        @Override
        void close();
    }

    /** Who else watches the event (terminals and viewers, over every server); null before the first count. */
    interface Presence extends AutoCloseable {
        PresenceUpdate presence();

        @Override
        void close();
    }

    Seats seats(long eventId, Runnable changed);

    Stock stock(long eventId, Runnable changed);

    /** Presence of an event; feeds that do not follow it (a test's, say) return one that never counts. */
    default Presence presence(long eventId, Runnable changed) {
        return new Presence() {
            @Override
            public PresenceUpdate presence() {
                return null;
            }

            @Override
            public void close() {
            }
        };
    }

    static LiveFeeds of(LiveClient live, LongFunction<Callable<SeatsSnapshot>> seats,
                        LongFunction<Callable<StockSnapshot>> stock, Duration pollEvery) {
        return new LiveFeeds() {
            @Override
            public Seats seats(long eventId, Runnable changed) {
                SeatFeed feed = new SeatFeed(live, eventId, seats.apply(eventId), pollEvery);
                feed.onChange(f -> changed.run());
                feed.start();
                return new Seats() {
                    @Override
                    public Map<Long, SeatState> seats() {
                        return feed.seats();
                    }

                    @Override
                    public long version() {
                        return feed.version();
                    }

                    @Override
                    public boolean live() {
                        return feed.mode() == Feed.Mode.LIVE;
                    }

                    @Override
                    public void close() {
                        feed.close();
                    }
                };
            }

            @Override
            public Presence presence(long eventId, Runnable changed) {
                PresenceFeed feed = new PresenceFeed(live, eventId);
                feed.onChange(f -> changed.run());
                feed.start();
                return new Presence() {
                    @Override
                    public PresenceUpdate presence() {
                        return feed.presence();
                    }

                    @Override
                    public void close() {
                        feed.close();
                    }
                };
            }

            @Override
            public Stock stock(long eventId, Runnable changed) {
                StockFeed feed = new StockFeed(live, eventId, stock.apply(eventId), pollEvery);
                feed.onChange(f -> changed.run());
                feed.start();
                return new Stock() {
                    @Override
                    public StockSnapshot stock() {
                        return feed.stock();
                    }

                    @Override
                    public void close() {
                        feed.close();
                    }
                };
            }
        };
    }
}
