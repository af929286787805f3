package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.desktop.sale.EventPicker;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.admin.ForceRelease;
import dev.tiketi.model.admin.SalesHistory;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.live.SalesFigures;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live dashboard of one event: sales by channel or tier over time (the server's history since the first sale,
 * one point per time bucket, then the admin-only pushes, at most one point per bucket plus the latest), stock and
 * presence (the same {@link LiveEvent} the counter uses), the active holds with their countdown, and forcing one
 * free with a reason. No refresh: everything is pushed; the clock only ticks.
 */
public final class DashboardViewModel implements AutoCloseable {
    /** The history (at most 182 points) and hours of watching; older points leave the chart. */
    static final int MOST_SAMPLES = 600;
    /** The bucket of a history with no sale yet, as the server's. */
    private static final long FIRST_BUCKET = SalesHistory.bucketFor(java.time.Duration.ZERO).toSeconds();

    private final DashboardApi api;
    private final SalesFeeds feeds;
    private final LiveEvent live;
    private final Threads threads;
    private final Clock clock;
    private final EventPicker picker;
    private final ReadOnlyObjectWrapper<SalesFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper salesLive = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<SalesSample.Breakdown> breakdown = new SimpleObjectProperty<>(SalesSample.Breakdown.CHANNEL);
    private final List<SalesHistory.Point> history = new ArrayList<>();
    private final ObservableList<SalesSample> samples = FXCollections.observableArrayList();
    private final ObservableList<SalesSample> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final ObservableList<HoldRow> holds = FXCollections.observableArrayList();
    private final ObservableList<HoldRow> holdsView = FXCollections.unmodifiableObservableList(holds);
    private final ReadOnlyObjectWrapper<Instant> now;
    private Consumer<String> onReleased = id -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private SalesFeeds.Figures feed;
    private SalesFigures loaded;
    private long bucketSeconds = FIRST_BUCKET;
    private long generation;

    public DashboardViewModel(DashboardApi api, SalesFeeds feeds, LiveEvent live, Threads threads, Clock clock) {
        this.api = api;
        this.feeds = feeds;
        this.live = live;
        this.threads = threads;
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        this.picker = new EventPicker(api::events, threads, clock);
        picker.chosenProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                open(b == null ? null : b.id());
            }
        });
        picker.onFailure(e -> onFailure.accept(e));
        live.onFailure(e -> onFailure.accept(e));
        breakdown.addListener((o, a, b) -> samples.setAll(history.stream().map(p -> SalesSample.of(p, b)).toList()));
    }

    public EventPicker picker() {
        return picker;
    }

    /** Stock per tier, presence and the event's details, live. */
    public LiveEvent live() {
        return live;
    }

    public ReadOnlyObjectProperty<SalesFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** False while the sales figures come from polling (the live link is down) or not at all. */
    public ReadOnlyBooleanProperty salesLiveProperty() {
        return salesLive.getReadOnlyProperty();
    }

    /** Whether the charts split by channel or by tier. */
    public ObjectProperty<SalesSample.Breakdown> breakdownProperty() {
        return breakdown;
    }

    /**
     * The charts' points, oldest first, split as {@link #breakdownProperty()} says: the history the event's snapshot
     * brought (it replaces everything whenever a snapshot is loaded again), then one per change pushed, the latest
     * replacing the one before while both fall in the same bucket of the history, so the chart keeps the history's
     * spacing however long it is watched.
     */
    public ObservableList<SalesSample> samples() {
        return samplesView; // one wrapper: a wrapper made per call would be collected with the listeners on it
    }

    /** Holds in progress, soonest to expire first. */
    public ObservableList<HoldRow> holds() {
        return holdsView;
    }

    /** The moment the countdowns are counted from; moves with {@link #tick()}. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public void onReleased(Consumer<String> handler) {
        this.onReleased = handler;
    }

    public void onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    /** Every second on screen: the countdowns move. */
    public void tick() {
        now.set(clock.instant());
    }

    /** Opens an event (null: none); the figures of the previous one never reach the new one's charts. */
    public void open(Long eventId) {
        long mine = ++generation;
        closeFeed();
        loaded = null;
        bucketSeconds = FIRST_BUCKET;
        history.clear();
        samples.clear();
        holds.clear();
        figures.set(null);
        salesLive.set(false);
        live.open(eventId);
        if (eventId == null) {
            return;
        }
        feed = feeds.open(eventId, () -> threads.fx().execute(() -> sync(mine)));
    }

    /** The event being watched, if one is. */
    public Long eventId() {
        EventSummary chosen = picker.chosenProperty().get();
        return chosen == null ? null : chosen.id();
    }

    private void sync(long mine) {
        SalesFeeds.Figures f = feed;
        if (f == null || mine != generation) {
            return;
        }
        salesLive.set(f.live());
        SalesFigures snapshot = f.snapshot();
        boolean restarted = snapshot != null && snapshot != loaded;
        if (restarted) {
            loaded = snapshot;
            restart(snapshot);
        }
        SalesFigures next = f.figures();
        if (next == null || !restarted && Objects.equals(next, figures.get())) {
            return;
        }
        // after a snapshot, only what was pushed since it is new on the charts
        SalesFigures was = restarted ? snapshot : figures.get();
        figures.set(next);
        List<HoldRow> rows = next.activeHolds().stream().map(HoldRow::new).toList();
        if (!rows.equals(holds)) {
            holds.setAll(rows); // only on a change: a table re-rendered every second loses the admin's place in it
        }
        if (was == null || was.sold() != next.sold() || was.revenue() != next.revenue()
                || !was.byChannelAndTier().equals(next.byChannelAndTier())) {
            append(SalesSample.point(next));
        }
        tick();
    }

    /** A snapshot: its history is the chart (a reload after a lost link fills what was missed). */
    private void restart(SalesFigures snapshot) {
        SalesHistory h = snapshot.history();
        bucketSeconds = h == null ? FIRST_BUCKET : Math.max(1, h.bucketSeconds());
        history.clear();
        if (h == null || h.points().isEmpty()) {
            history.add(SalesSample.point(snapshot)); // nothing sold yet: the lines start here
        } else {
            history.addAll(h.points());
        }
        while (history.size() > MOST_SAMPLES) {
            history.remove(0);
        }
        samples.setAll(history.stream().map(p -> SalesSample.of(p, breakdown.get())).toList());
    }

    private void append(SalesHistory.Point point) {
        int last = history.size() - 1;
        long bucketStart = Math.floorDiv(point.at().getEpochSecond(), bucketSeconds) * bucketSeconds;
        // a point inside the bucket the new one falls in was only that bucket's latest so far; the first point stays
        if (last > 0 && history.get(last).at().getEpochSecond() > bucketStart) {
            history.set(last, point);
            samples.set(last, SalesSample.of(point, breakdown.get()));
            return;
        }
        history.add(point);
        samples.add(SalesSample.of(point, breakdown.get()));
        if (history.size() > MOST_SAMPLES) {
            history.remove(0);
            samples.remove(0);
        }
    }

    /** Why a reason cannot be sent, as a message key; null when it can. */
    public static String reasonProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return "dashboard.release.reasonMissing";
        }
        return reason.strip().length() > ForceRelease.MAX_REASON ? "dashboard.release.reasonTooLong" : null;
    }

    /**
     * Frees someone's hold, with the reason the audit log keeps. The row leaves at once; the next push confirms
     * it (or brings it back, if the server refused and the failure handler says why).
     */
    public void forceRelease(HoldRow row, String reason) {
        if (reasonProblem(reason) != null) {
            throw new IllegalArgumentException("no valid reason");
        }
        String why = reason.strip();
        long mine = generation;
        threads.call(() -> {
            api.forceRelease(row.holdId(), why);
            return row.holdId();
        }).onSuccess(id -> {
            if (mine == generation) {
                holds.removeIf(h -> h.holdId().equals(id));
            }
            onReleased.accept(id);
        }).onFailure(e -> onFailure.accept(e)).start();
    }

    private void closeFeed() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    @Override
    public void close() {
        generation++;
        closeFeed();
        live.close();
    }
}
