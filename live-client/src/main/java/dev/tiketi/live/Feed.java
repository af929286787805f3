package dev.tiketi.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Snapshot + pushes for one destination. Everything that changes the state (a push, a reload, a poll) runs
 * on the feed's own thread, one at a time, so a push that arrives while a snapshot loads waits for it and is
 * then applied or ignored by version. Listeners run on that thread too.
 */
public abstract sealed class Feed<T> implements AutoCloseable permits SeatFeed, StockFeed {
    private static final System.Logger LOG = System.getLogger(Feed.class.getName());

    /** Whether the feed is being pushed to, or is reading snapshots because the live link is down. */
    public enum Mode { LIVE, POLLING }

    enum Outcome { APPLIED, IGNORED, RELOAD }

    private final LiveClient live;
    private final String destination;
    private final Class<T> type;
    private final Duration pollEvery;
    private final ExecutorService worker;
    private final ScheduledExecutorService poller;
    private final List<Consumer<Feed<T>>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private volatile long version = -1;
    private volatile Mode mode = Mode.POLLING;
    private LiveClient.Subscription subscription;
    private Runnable stopListening = () -> { };

    Feed(LiveClient live, String destination, Class<T> type, Duration pollEvery) {
        this.live = live;
        this.destination = destination;
        this.type = type;
        this.pollEvery = pollEvery;
        this.worker = Executors.newSingleThreadExecutor(r -> daemon(r, "tiketi-feed " + destination));
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tiketi-feed-poll " + destination));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Subscribes, loads the snapshot once the subscription is in place, and starts the polling fallback. */
    public Feed<T> start() {
        subscription = live.subscribe(destination, type, m -> run(() -> push(m)), () -> run(this::reload));
        subscription.ready().thenRun(() -> run(this::reload));
        stopListening = live.onState(s -> run(() -> modeFrom(s)));
        run(() -> modeFrom(live.state()));
        long every = pollEvery.toMillis();
        poller.scheduleWithFixedDelay(() -> {
            if (live.state() != LiveClient.State.CONNECTED || version < 0) {
                run(this::reload);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    private void run(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            // the feed was closed; what happens to the connection no longer concerns it
        }
    }

    /** Called after every change (on the feed's thread). */
    public void onChange(Consumer<Feed<T>> listener) {
        listeners.add(listener);
    }

    /** The version of what the feed holds; -1 before the first snapshot, and after a reload failed (until one works). */
    public long version() {
        return version;
    }

    public Mode mode() {
        return mode;
    }

    /** How many snapshots were loaded (the first one, then every resync and poll). */
    public long reloads() {
        return reloads.get();
    }

    /** How many pushes were applied on top of a snapshot. */
    public long pushesApplied() {
        return applied.get();
    }

    abstract long load() throws Exception;

    abstract Outcome apply(T update, long current);

    abstract long versionOf(T update);

    private void push(T update) {
        if (version < 0) {
            return; // the snapshot that is on its way was read after this subscription was in place
        }
        switch (apply(update, version)) {
            case APPLIED -> {
                version = versionOf(update);
                applied.incrementAndGet();
                changed();
            }
            case RELOAD -> reload();
            case IGNORED -> {
            }
        }
    }

    private void reload() {
        try {
            version = load();
            reloads.incrementAndGet();
            changed();
        } catch (Exception e) {
            // What is held is now known to be behind: ignore pushes on top of it, let the poller retry, and
            // tell the listeners (a screen must say it is not showing the truth right now).
            version = -1;
            LOG.log(System.Logger.Level.DEBUG, "snapshot of " + destination + " not loaded: " + e);
            changed();
        }
    }

    private void modeFrom(LiveClient.State state) {
        Mode next = state == LiveClient.State.CONNECTED ? Mode.LIVE : Mode.POLLING;
        if (next != mode) {
            mode = next;
            changed();
        }
    }

    private void changed() {
        for (Consumer<Feed<T>> l : listeners) {
            try {
                l.accept(this);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "feed listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        stopListening.run();
        if (subscription != null) {
            subscription.close();
        }
        poller.shutdownNow();
        worker.shutdownNow();
    }
}
