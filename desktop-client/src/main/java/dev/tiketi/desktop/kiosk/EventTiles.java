package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.sale.EventPicker;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The attract screen's tiles: the events on sale or coming up (today's first, as the counter lists them:
 * {@link EventPicker}), each with its stock's {@link Scarcity} kept live by a stock feed per event on sale.
 */
public final class EventTiles implements AutoCloseable {
    /** One tile: the event, and what its live stock says. */
    public record Tile(EventSummary event, Scarcity scarcity) {
        /** Whether touching it starts a purchase (on sale and not sold out). */
        public boolean open() {
            return event.status() == EventStatus.ON_SALE && scarcity != Scarcity.SOLD_OUT;
        }
    }

    private final EventPicker picker;
    private final LiveFeeds feeds;
    private final Threads threads;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Tile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final Map<Long, LiveFeeds.Stock> stock = new HashMap<>();
    private final ReadOnlyObjectWrapper<Throwable> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private boolean closed;

    public EventTiles(Function<String, List<EventSummary>> search, LiveFeeds feeds, Threads threads, Clock clock) {
        this.picker = new EventPicker(search, threads, clock);
        this.feeds = feeds;
        this.threads = threads;
        picker.onFailure(problem::set);
        picker.events().addListener((javafx.collections.ListChangeListener<EventSummary>) c -> listed(picker.events()));
    }

    /** Reads the list again (each time the attract screen comes back, and now and then while it shows). */
    public void reload() {
        picker.load();
    }

    private void listed(List<EventSummary> events) {
        if (closed) {
            return;
        }
        problem.set(null);
        loaded.set(true);
        Set<Long> onSale = events.stream().filter(e -> e.status() == EventStatus.ON_SALE).map(EventSummary::id)
                .collect(Collectors.toSet());
        stock.entrySet().removeIf(e -> {
            if (!onSale.contains(e.getKey())) {
                e.getValue().close();
                return true;
            }
            return false;
        });
        for (long id : onSale) {
            stock.computeIfAbsent(id, k -> feeds.stock(k, () -> threads.fx().execute(() -> stockChanged(k))));
        }
        tiles.setAll(events.stream().map(e -> new Tile(e, scarcity(e.id()))).toList());
    }

    private void stockChanged(long eventId) {
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            if (t.event().id() == eventId) {
                Scarcity now = scarcity(eventId);
                if (now != t.scarcity()) {
                    tiles.set(i, new Tile(t.event(), now));
                }
            }
        }
    }

    private Scarcity scarcity(long eventId) {
        LiveFeeds.Stock s = stock.get(eventId);
        return s == null || s.stock() == null ? Scarcity.PLENTY : Scarcity.of(s.stock().tiers());
    }

    public ObservableList<Tile> tiles() {
        return tilesView;
    }

    /** The list could not be read (the server is unreachable); null once it could. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A list has arrived at least once (until then the screen shows it is loading, not "no events"). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        stock.values().forEach(LiveFeeds.Stock::close);
        stock.clear();
    }
}
