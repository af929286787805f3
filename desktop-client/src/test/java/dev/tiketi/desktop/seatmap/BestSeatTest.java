package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The best-seat rule on small hand-checked halls (the parity with the server is checked in {@code BestSeatParityTest}). */
class BestSeatTest {

    /**
     * One section, rows A (nearer) and B of seven seats, x = 1..7 around a stage centred at x = 4; row B's
     * seat 4 is accessible, row A's seat 7 blocked; every seat is tier "R" except row A's seat 1 ("VIP").
     * Ids: row A 11..17, row B 21..27.
     */
    static VenueLayout hall() {
        List<RowLayout> rows = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            List<SeatView> seats = new ArrayList<>();
            String row = r == 0 ? "A" : "B";
            for (int n = 1; n <= 7; n++) {
                seats.add(new SeatView((r + 1) * 10L + n, "F-" + row + "-" + n, row, n, r == 0 && n == 1 ? "VIP" : "R",
                        n, 3 + r * 1.2, r == 1 && n == 4, r == 0 && n == 7));
            }
            rows.add(new RowLayout(row, seats));
        }
        return new VenueLayout(1, "Hall", 14, 2, 0, 4, 1, List.of(new SectionLayout(1, "F", "Floor", rows)));
    }

    private final SeatGeometry g = new SeatGeometry(hall());

    @Test
    void theSeatNearestTheStageCentreWins() {
        assertThat(g.best("R", 1, false, id -> true)).containsExactly(14L);
        // 13-14 or 14-15 would strand 12 or 16: of the pairs left, 12-13 and 15-16 are equally near, the first wins
        assertThat(g.best("R", 2, false, id -> true)).containsExactly(12L, 13L);
    }

    @Test
    void noSingleSeatIsStrandedAtTheEndOfARun() {
        // row A's runs 12-13 and 15-16: any one seat strands its neighbour; row B's 21-23 and 25-27: their ends do not
        Set<Long> free = Set.of(12L, 13L, 15L, 16L, 21L, 22L, 23L, 25L, 26L, 27L);
        assertThat(g.best("R", 1, false, free::contains)).containsExactly(23L);
    }

    @Test
    void whenEveryChoiceStrandsASeatOneIsStrandedRatherThanSellingNothing() {
        Set<Long> free = Set.of(12L, 13L);
        assertThat(g.best("R", 1, false, free::contains)).containsExactly(13L);
    }

    @Test
    void blockedSeatsNeverAndAccessibleSeatsOnlyWhenAskedFor() {
        assertThat(g.best("R", 1, false, id -> id == 17L || id == 24L)).as("17 blocked, 24 accessible").isEmpty();
        assertThat(g.best("R", 1, true, id -> true)).containsExactly(24L);
    }

    @Test
    void withoutNTogetherTheNearestFreeSeatsAreOffered() {
        Set<Long> free = Set.of(12L, 14L, 16L);
        assertThat(g.best("R", 2, false, free::contains)).containsExactly(14L, 12L);
        assertThat(g.best("R", 4, false, free::contains)).isEmpty();
    }

    @Test
    void onlyTheTiersSeatsCount() {
        assertThat(g.best("VIP", 1, false, id -> true)).containsExactly(11L);
        assertThat(g.best("NONE", 1, false, id -> true)).isEmpty();
    }
}
