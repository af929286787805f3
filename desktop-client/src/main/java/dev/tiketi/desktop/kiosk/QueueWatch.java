package dev.tiketi.desktop.kiosk;

import dev.tiketi.live.Feed;
import dev.tiketi.live.LiveClient;
import dev.tiketi.live.QueueFeed;
import dev.tiketi.live.QueuePlace;
import java.time.Duration;

/**
 * The kiosk's place in one event's line, kept current: {@link #live} wraps live-client's {@link QueueFeed}
 * (the queue topic and the personal admission pushed, a REST check on start, on reconnect and every
 * {@code pollEvery} while the link is down); a unit test hands in one it moves by hand.
 */
public interface QueueWatch extends AutoCloseable {
    /** The place as last known; null before the first check answered. */
    QueuePlace place();

    /** Pushed (true), or read every few seconds because the live link is down (false). */
    boolean live();

    @Override
    void close();

    interface Factory {
        /** Starts watching; {@code changed} runs (on any thread) after every change of place or of liveness. */
        QueueWatch watch(long eventId, Runnable changed);
    }

    static Factory live(LiveClient live, QueueApi api, Duration pollEvery) {
        return (eventId, changed) -> {
            // the kiosk joined before it watches, so the feed only looks: a place lost meanwhile (offline longer than
            // the line's patience) shows as lost, and the customer is told and asked, not silently sent to the back
            QueueFeed feed = new QueueFeed(live, eventId, () -> api.status(eventId), pollEvery);
            feed.onChange(f -> changed.run());
            feed.start();
            return new QueueWatch() {
                @Override
                public QueuePlace place() {
                    return feed.place();
                }

                @Override
                public boolean live() {
                    return feed.mode() == Feed.Mode.LIVE && feed.version() >= 0;
                }

                @Override
                public void close() {
                    feed.close();
                }
            };
        };
    }
}
