package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.live.Feed;
import dev.tiketi.live.LiveClient;
import dev.tiketi.live.SalesFeed;
import dev.tiketi.model.live.SalesFigures;
import java.time.Duration;

/**
 * Where the dashboard gets an event's sales figures: {@link #of} wraps live-client's {@link SalesFeed} (snapshot,
 * admin-only pushes, polling while offline); a unit test hands in figures by hand.
 */
public interface SalesFeeds {
    interface Figures extends AutoCloseable {
        /** The latest figures; null before the first snapshot. */
        SalesFigures figures();

        /** The snapshot last loaded, with the history since the first sale; null before the first. */
        SalesFigures snapshot();

        boolean live();

        @Override
        void close();
    }

    /** Starts following an event; {@code changed} runs on the feed's thread after every change. */
    Figures open(long eventId, Runnable changed);

    static SalesFeeds of(LiveClient live, DashboardApi api, Duration pollEvery) {
        return (eventId, changed) -> {
            SalesFeed feed = new SalesFeed(live, eventId, () -> api.sales(eventId), pollEvery);
            feed.onChange(f -> changed.run());
            feed.start();
            return new Figures() {
                @Override
                public SalesFigures figures() {
                    return feed.figures();
                }

                @Override
                public SalesFigures snapshot() {
                    return feed.snapshot();
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
        };
    }
}
