package dev.tiketi.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Snapshot + pushes for one destination. Everything that changes the state (a push, a reload, a poll) runs
 * on the feed's own thread, one at a time, so a push that arrives while a snapshot loads waits for it and is
 * then applied or ignored by version. Listeners run on that thread too. A feed may follow further
 * destinations beside its own (the queue feed's personal admission); their pushes run on the same thread.
 */
public abstract sealed class Feed<T> implements AutoCloseable permits SeatFeed, StockFeed, QueueFeed, PresenceFeed, SalesFeed {
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
    private final List<Also<?>> also = new ArrayList<>();
    private final List<LiveClient.Subscription> subscriptions = new ArrayList<>();
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();
    private volatile long version = -1;
    private volatile Mode mode = Mode.POLLING;
    private Runnable stopListening = () -> { };

    /** A further destination: whole messages, each applied on the feed's thread (see {@link #follow}). */
    private record Also<U>(String destination, Class<U> type, Function<U, Outcome> apply, ToLongFunction<U> versionOf) {
    }

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

    /**
     * Also follows {@code destination} (before {@link #start()}): each message goes to {@code apply} on the
     * feed's thread. Such messages are whole and personal, so they count even before the first snapshot;
     * the snapshot is loaded once every subscription is in place, and again whenever one is renewed.
     */
    <U> void follow(String destination, Class<U> type, Function<U, Outcome> apply, ToLongFunction<U> versionOf) {
        also.add(new Also<>(destination, type, apply, versionOf));
    }

    /** Subscribes, loads the snapshot once the subscriptions are in place, and starts the polling fallback. */
    public Feed<T> start() {
        subscriptions.add(live.subscribe(destination, type, m -> run(() -> push(m)), () -> run(this::reload)));
        also.forEach(this::subscribe);
        CompletableFuture.allOf(subscriptions.stream().map(LiveClient.Subscription::ready).toArray(CompletableFuture[]::new))
                .thenRun(() -> run(this::reload));
        stopListening = live.onState(s -> run(() -> modeFrom(s)));
        run(() -> modeFrom(live.state()));
        if (pollEvery != null) { // null for a feed with nothing to read by REST: it can only say it is not live
            long every = pollEvery.toMillis();
            poller.scheduleWithFixedDelay(() -> {
                if (live.state() != LiveClient.State.CONNECTED || version < 0) {
                    run(this::reload);
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    private <U> void subscribe(Also<U> a) {
        subscriptions.add(live.subscribe(a.destination(), a.type(),
                m -> run(() -> outcome(a.apply().apply(m), () -> a.versionOf().applyAsLong(m))), () -> run(this::reload)));
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

    /** Whether pushes wait for the first snapshot; not for a feed whose pushes are its only source. */
    boolean waitsForSnapshot() {
        return true;
    }

    private void push(T update) {
        if (version < 0 && waitsForSnapshot()) {
            return; // the snapshot that is on its way was read after this subscription was in place
        }
        outcome(apply(update, version), () -> versionOf(update));
    }

    private void outcome(Outcome outcome, LongSupplier versionAfter) {
        switch (outcome) {
            case APPLIED -> {
                version = versionAfter.getAsLong();
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
        subscriptions.forEach(LiveClient.Subscription::close);
        poller.shutdownNow();
        worker.shutdownNow();
    }
}
