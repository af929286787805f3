package dev.tiketi.desktop.sale;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The events a terminal can sell: searched on the server, on sale or coming up, today's first. The chosen
 * event is kept by id, so reloading the list (a fresher copy of the same event) does not count as a new
 * choice and the seat map does not reload.
 */
public final class EventPicker {
    private final Function<String, List<EventSummary>> search;
    private final Threads threads;
    private final Clock clock;
    private final ObservableList<EventSummary> events = FXCollections.observableArrayList();
    private final ObservableList<EventSummary> eventsView = FXCollections.unmodifiableObservableList(events);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<EventSummary> chosen = new SimpleObjectProperty<>();
    private Consumer<Throwable> onFailure = e -> { };

    public EventPicker(Function<String, List<EventSummary>> search, Threads threads, Clock clock) {
        this.search = search;
        this.threads = threads;
        this.clock = clock;
    }

    public ObservableList<EventSummary> events() {
        return eventsView;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The event being sold; the view binds its list selection to it both ways. */
    public ObjectProperty<EventSummary> chosenProperty() {
        return chosen;
    }

    public void onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    public void load() {
        String query = text.get();
        threads.call(() -> search.apply(query)).onSuccess(list -> {
            List<EventSummary> sorted = sellable(list, clock);
            EventSummary was = chosen.get();
            events.setAll(sorted);
            if (was != null) {
                // the same event in the fresh list stays chosen (a list reload is not the clerk choosing)
                chosen.set(sorted.stream().filter(e -> e.id() == was.id()).findFirst().orElse(was));
            }
        }).onFailure(e -> onFailure.accept(e)).start();
    }

    /** On sale or coming up, today's shows first, then by start. */
    static List<EventSummary> sellable(List<EventSummary> all, Clock clock) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<EventSummary> sorted = new ArrayList<>(all.stream()
                .filter(e -> e.status() == EventStatus.ON_SALE || e.status() == EventStatus.UPCOMING).toList());
        sorted.sort(Comparator.<EventSummary>comparingInt(e -> e.startsAt().atZone(zone).toLocalDate().equals(today) ? 0 : 1)
                .thenComparing(EventSummary::startsAt));
        return sorted;
    }
}
