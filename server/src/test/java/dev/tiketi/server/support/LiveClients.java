package dev.tiketi.server.support;

import static org.awaitility.Awaitility.await;

import dev.tiketi.live.LiveClient;
import dev.tiketi.live.PresenceFeed;
import dev.tiketi.live.QueueFeed;
import dev.tiketi.live.SeatFeed;
import dev.tiketi.live.StockFeed;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

/** The project's own {@link LiveClient}, set up for tests: fast heart-beats and back-off, and recorders. */
public final class LiveClients implements AutoCloseable {
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    public LiveClient connect(int port, String token, String terminal) {
        LiveClient c = LiveClient.builder(URI.create("http://127.0.0.1:" + port), () -> token)
                .terminal(terminal)
                .heartbeat(Duration.ofSeconds(1))
                .backoff(Duration.ofMillis(50), Duration.ofMillis(400))
                .connect();
        open.add(c);
        return c;
    }

    public SeatFeed seats(LiveClient client, Api api, long eventId, Duration pollEvery) {
        SeatFeed feed = new SeatFeed(client, eventId, () -> api.get("/api/events/" + eventId + "/seats", null).as(SeatsSnapshot.class), pollEvery);
        feed.start();
        open.add(0, feed);
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.version() >= 0);
        return feed;
    }

    public StockFeed stock(LiveClient client, Api api, long eventId, Duration pollEvery) {
        StockFeed feed = new StockFeed(client, eventId, () -> api.get("/api/events/" + eventId + "/stock", null).as(StockSnapshot.class), pollEvery);
        feed.start();
        open.add(0, feed);
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.version() >= 0);
        return feed;
    }

    /** A started queue feed, returned once its first check has answered. */
    public QueueFeed queue(LiveClient client, long eventId, Callable<QueueStatus> recheck, Duration pollEvery) {
        QueueFeed feed = new QueueFeed(client, eventId, recheck, pollEvery);
        feed.start();
        open.add(0, feed);
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.version() >= 0 && feed.place() != null);
        return feed;
    }

    /** A started presence feed (its first count arrives as a push: await it). */
    public PresenceFeed presence(LiveClient client, long eventId) {
        PresenceFeed feed = new PresenceFeed(client, eventId);
        feed.start();
        open.add(0, feed);
        return feed;
    }

    /** Every message on one destination, in arrival order; returns once the server confirmed the subscription. */
    public <T> Recorder<T> record(LiveClient client, String destination, Class<T> type) {
        Recorder<T> r = new Recorder<>();
        LiveClient.Subscription sub = client.subscribe(destination, type, r.messages::add, () -> r.resubscribed++);
        await().atMost(Duration.ofSeconds(5)).until(() -> sub.ready().isDone());
        return r;
    }

    public static final class Recorder<T> {
        private final List<T> messages = Collections.synchronizedList(new ArrayList<>());
        volatile int resubscribed;

        public List<T> messages() {
            synchronized (messages) {
                return List.copyOf(messages);
            }
        }

        public T last() {
            List<T> all = messages();
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }
    }

    @Override
    public void close() {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                // closing test clients; the next test starts clean anyway
            }
        }
        open.clear();
    }
}
