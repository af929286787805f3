package dev.tiketi.desktop.sale;

import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * Seats a customer is waiting for: the clerk marks a seat held elsewhere, and the moment the live seats say it
 * is free the watch tells whoever listens, once, and forgets it (a seat free again is the clerk's to take, not
 * to be told about twice). Marking a seat again stops watching it.
 */
public final class SeatWatch {
    private final ObservableSet<Long> watched = FXCollections.observableSet();
    private final ObservableSet<Long> watchedView = FXCollections.unmodifiableObservableSet(watched);
    private final Consumer<Long> freed;

    /** {@code seats}: the live seat states (e.g. {@link LiveEvent#seats()}); {@code freed}: told a watched seat's id when it frees. */
    public SeatWatch(ObservableMap<Long, SeatState> seats, Consumer<Long> freed) {
        this.freed = freed;
        seats.addListener((MapChangeListener<Long, SeatState>) c -> {
            if (c.wasAdded() && c.getValueAdded().status() == SeatStatus.AVAILABLE && watched.remove(c.getKey())) {
                freed.accept(c.getKey());
            }
        });
    }

    public ObservableSet<Long> watched() {
        return watchedView;
    }

    /** Starts or stops watching {@code seatId}; true when it is watched now. */
    public boolean toggle(Long seatId) {
        if (seatId == null) {
            return false;
        }
        if (watched.remove(seatId)) {
            return false;
        }
        watched.add(seatId);
        return true;
    }

    /** Another event: its seats are not these. */
    public void clear() {
        watched.clear();
    }
}
