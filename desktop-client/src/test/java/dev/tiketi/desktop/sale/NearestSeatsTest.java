package dev.tiketi.desktop.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.SeatView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearestSeatsTest {
    private static final List<SeatView> ALL = new ArrayList<>();

    static {
        for (int n = 1; n <= 8; n++) {
            ALL.add(new SeatView(n, "A-" + n, "A", n, "VIP", n, 1, false, n == 8));
            ALL.add(new SeatView(100 + n, "B-" + n, "B", n, "STD", n, 2, false, false));
        }
    }

    private static SeatView seat(long id) {
        return ALL.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void offersTheSameNumberOfFreeSeatsOfTheSameTierNearestFirstInTheSameRow() {
        Set<Long> taken = Set.of(4L, 5L);
        List<Long> instead = NearestSeats.instead(ALL, List.of(seat(4), seat(5)), id -> !taken.contains(id));
        assertThat(instead).containsExactlyInAnyOrder(3L, 6L);
    }

    @Test
    void neverOffersBlockedSeatsOrAnotherTier() {
        Set<Long> free = Set.of(7L, 8L, 101L, 102L);
        assertThat(NearestSeats.instead(ALL, List.of(seat(6), seat(7)), free::contains)).containsExactly(7L);
    }

    @Test
    void nothingWantedNothingOffered() {
        assertThat(NearestSeats.instead(ALL, List.of(), id -> true)).isEmpty();
    }
}
