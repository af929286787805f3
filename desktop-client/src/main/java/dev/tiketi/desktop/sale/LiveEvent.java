package dev.tiketi.desktop.sale;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.live.PresenceUpdate;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One event as it is right now: its details, its hall, every seat's state, every tier's stock and who else
 * watches it, kept live
 * by the feeds. The counter, the kiosk and the admin dashboard each open one; only the latest {@link #open}
 * counts (a slow load for an event the clerk already left is dropped), and nothing of one event ever leaks
 * into the next.
 */
public final class LiveEvent implements AutoCloseable {
    /** How the seats on screen relate to the server's. */
    public enum Freshness { NONE, LOADING, LIVE, POLLING, STALE }

    private final SaleApi api;
    private final LiveFeeds feeds;
    private final Threads threads;
    private final ReadOnlyObjectWrapper<EventDetail> event = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VenueLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<Long, SeatState> seats = FXCollections.observableHashMap();
    private final ObservableList<TierAvailability> stock = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Freshness> freshness = new ReadOnlyObjectWrapper<>(Freshness.NONE);
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PresenceUpdate> presence = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<Long, SeatState> seatsView = FXCollections.unmodifiableObservableMap(seats);
    private final ObservableList<TierAvailability> stockView = FXCollections.unmodifiableObservableList(stock);
    private Consumer<Throwable> onFailure = e -> { };
    private Map<Long, SeatView> seatViews = Map.of();
    private long generation;
    private LiveFeeds.Seats seatFeed;
    private LiveFeeds.Stock stockFeed;
    private LiveFeeds.Presence presenceFeed;
    private boolean seatSyncQueued;

    public LiveEvent(SaleApi api, LiveFeeds feeds, Threads threads) {
        this.api = api;
        this.feeds = feeds;
        this.threads = threads;
        freshness.addListener((o, a, b) -> upToDate.set(b == Freshness.LIVE || b == Freshness.POLLING));
    }

    public ReadOnlyObjectProperty<EventDetail> eventProperty() {
        return event.getReadOnlyProperty();
    }

    /** The hall of a reserved event; null for GA. */
    public ReadOnlyObjectProperty<VenueLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Seat id → state; a seat not in the map has no state yet (treat it as unknown, not as free). */
    public ObservableMap<Long, SeatState> seats() {
        return seatsView;
    }

    public ObservableList<TierAvailability> stock() {
        return stockView;
    }

    /** Terminals and viewers on the event right now, over every server; null until the first count. */
    public ReadOnlyObjectProperty<PresenceUpdate> presenceProperty() {
        return presence.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Freshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /** True while what is shown is the server's (live, or polled while the live link is down). */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    public void onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    public Optional<SeatView> seat(Long seatId) {
        return Optional.ofNullable(seatId == null ? null : seatViews.get(seatId));
    }

    public Map<Long, SeatView> seatViews() {
        return seatViews;
    }

    public Optional<TierView> tier(String code) {
        EventDetail e = event.get();
        return e == null ? Optional.empty() : e.tiers().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** A seat's status as known now; a seat without a state yet counts as held (never offered as free). */
    public SeatStatus status(long seatId) {
        SeatState s = seats.get(seatId);
        return s == null ? SeatStatus.HELD : s.status();
    }

    /** Opens an event (null closes the current one). */
    public void open(Long eventId) {
        long mine = ++generation;
        closeFeeds();
        seats.clear();
        stock.clear();
        layout.set(null);
        event.set(null);
        presence.set(null);
        seatViews = Map.of();
        if (eventId == null) {
            freshness.set(Freshness.NONE);
            return;
        }
        freshness.set(Freshness.LOADING);
        threads.call(() -> {
            EventDetail detail = api.event(eventId);
            VenueLayout venue = detail.kind() == EventKind.RESERVED && detail.venue() != null ? api.layout(detail.venue().id()) : null;
            return new Loaded(detail, venue);
        }).onSuccess(loaded -> {
            if (mine != generation) {
                return; // another event was chosen meanwhile
            }
            event.set(loaded.detail());
            if (loaded.venue() != null) {
                Map<Long, SeatView> views = new HashMap<>();
                loaded.venue().sections().forEach(s -> s.rows().forEach(row -> row.seats().forEach(seat -> views.put(seat.id(), seat))));
                seatViews = Map.copyOf(views);
                layout.set(loaded.venue());
                seatFeed = feeds.seats(eventId, () -> queueSeatSync(mine));
            } else {
                freshness.set(Freshness.LIVE);
            }
            stockFeed = feeds.stock(eventId, () -> threads.fx().execute(() -> syncStock(mine)));
            presenceFeed = feeds.presence(eventId, () -> threads.fx().execute(() -> {
                LiveFeeds.Presence f = presenceFeed;
                if (f != null && mine == generation) {
                    presence.set(f.presence());
                }
            }));
        }).onFailure(e -> {
            if (mine == generation) {
                freshness.set(Freshness.STALE);
                onFailure.accept(e);
            }
        }).start();
    }

    private record Loaded(EventDetail detail, VenueLayout venue) {
    }

    /** A burst of pushes becomes one pass over the map on the FX thread. */
    private void queueSeatSync(long mine) {
        synchronized (this) {
            if (seatSyncQueued) {
                return;
            }
            seatSyncQueued = true;
        }
        threads.fx().execute(() -> {
            synchronized (this) {
                seatSyncQueued = false;
            }
            LiveFeeds.Seats f = seatFeed;
            if (f == null || mine != generation) {
                return;
            }
            Map<Long, SeatState> now = f.seats();
            seats.keySet().retainAll(now.keySet());
            now.forEach((k, v) -> {
                if (!v.equals(seats.get(k))) {
                    seats.put(k, v);
                }
            });
            freshness.set(f.version() < 0 ? Freshness.STALE : f.live() ? Freshness.LIVE : Freshness.POLLING);
        });
    }

    private void syncStock(long mine) {
        LiveFeeds.Stock f = stockFeed;
        if (f != null && mine == generation && f.stock() != null) {
            stock.setAll(f.stock().tiers());
        }
    }

    /** The stock of one tier, if known. */
    public Optional<TierAvailability> stockOf(String tierCode) {
        return stock.stream().filter(t -> t.tierCode().equals(tierCode)).findFirst();
    }

    public List<TierView> tiers() {
        EventDetail e = event.get();
        return e == null ? List.of() : e.tiers();
    }

    private void closeFeeds() {
        if (seatFeed != null) {
            seatFeed.close();
            seatFeed = null;
        }
        if (stockFeed != null) {
            stockFeed.close();
            stockFeed = null;
        }
        if (presenceFeed != null) {
            presenceFeed.close();
            presenceFeed = null;
        }
    }

    @Override
    public void close() {
        generation++;
        closeFeeds();
    }
}
