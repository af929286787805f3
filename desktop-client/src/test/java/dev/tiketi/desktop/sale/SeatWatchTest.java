package dev.tiketi.desktop.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.junit.jupiter.api.Test;

/** Watching a held seat without a toolkit: told once when it frees, not for other seats, not after unwatching. */
class SeatWatchTest {
    private final ObservableMap<Long, SeatState> seats = FXCollections.observableHashMap();
    private final List<Long> freed = new ArrayList<>();
    private final SeatWatch watch = new SeatWatch(seats, freed::add);

    private static SeatState state(long id, SeatStatus status) {
        return new SeatState(id, status, status == SeatStatus.HELD ? Instant.parse("2027-01-01T10:05:00Z") : null);
    }

    @Test
    void aWatchedSeatThatFreesIsToldOnceAndNoLongerWatched() {
        seats.put(12L, state(12, SeatStatus.HELD));
        seats.put(13L, state(13, SeatStatus.HELD));
        assertThat(watch.toggle(12L)).isTrue();
        seats.put(13L, state(13, SeatStatus.AVAILABLE));
        seats.put(12L, state(12, SeatStatus.SOLD));
        assertThat(freed).as("another seat freeing, or this one selling, is no news").isEmpty();
        seats.put(12L, state(12, SeatStatus.AVAILABLE));
        assertThat(freed).containsExactly(12L);
        assertThat(watch.watched()).isEmpty();
        seats.put(12L, state(12, SeatStatus.HELD));
        seats.put(12L, state(12, SeatStatus.AVAILABLE));
        assertThat(freed).as("told once").containsExactly(12L);
    }

    @Test
    void markingAgainStopsWatching() {
        seats.put(12L, state(12, SeatStatus.HELD));
        assertThat(watch.toggle(12L)).isTrue();
        assertThat(watch.toggle(12L)).isFalse();
        assertThat(watch.toggle(null)).isFalse();
        seats.put(12L, state(12, SeatStatus.AVAILABLE));
        assertThat(freed).isEmpty();
        watch.toggle(12L);
        watch.clear();
        assertThat(watch.watched()).isEmpty();
    }
}
