package dev.tiketi.server.holds;

import dev.tiketi.server.catalog.LayoutSeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BestAvailableTest {

    /**
     * One row of 10 seats, x = number, stage centre at x = 5.5 (between 5 and 6), y far in front. The
     * pattern marks taken seats with x; the answer is the chosen seat numbers, or "-" for none.
     */
    @ParameterizedTest(name = "{0} take {1} -> {2}")
    @CsvSource({
            // an empty row: the centre
            "oooooooooo, 2, 5 6",
            // two windows equally near: the one to the left, so the answer is stable
            "oooooooooo, 3, 4 5 6",
            // 4..7 taken: 3 on the left would strand seat 1, so 1-3 is taken whole rather than 2-3 plus an orphan
            "oooxxxxooo, 3, 1 2 3",
            // every pair in 1-3 or 8-10 strands a seat: with no better row, the nearest pair is taken anyway
            "oooxxxxooo, 2, 2 3",
            // 4 together do not exist: the 4 nearest free seats
            "oooxxxxooo, 4, 2 3 8 9",
            // a single seat never strands anyone
            "xxxxoxxxxx, 1, 5",
            // not enough seats at all
            "xxxxxxxxoo, 3, -",
    })
    void picksSeatsTogetherNearTheCentreWithoutStrandingOne(String pattern, int n, String expected) {
        List<LayoutSeat> seats = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            seats.add(seat(i + 1, false));
        }
        List<LayoutSeat> chosen = BestAvailable.choose(seats, s -> pattern.charAt(s.number() - 1) == 'o', n, false, 5.5, -5);
        String numbers = chosen.isEmpty() ? "-" : String.join(" ", chosen.stream().map(s -> Integer.toString(s.number())).sorted(
                (a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList());
        assertThat(numbers).isEqualTo(expected);
    }

    @ParameterizedTest(name = "accessible={0}")
    @CsvSource({"false, 4 5", "true, 8 9"})
    void accessibleSeatsOnlyWhenAskedAndThenOnlyThem(boolean accessible, String expected) {
        Set<Integer> accessibleSeats = Set.of(8, 9, 10);
        List<LayoutSeat> seats = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            seats.add(seat(i, accessibleSeats.contains(i)));
        }
        List<LayoutSeat> chosen = BestAvailable.choose(seats, s -> true, 2, accessible, 5.5, -5);
        assertThat(chosen.stream().map(s -> Integer.toString(s.number())).sorted().toList())
                .containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "blocked seat breaks a run")
    @CsvSource({"3"})
    void aBlockedSeatIsNeverChosenAndBreaksARun(int n) {
        List<LayoutSeat> seats = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            seats.add(new LayoutSeat(i, "A-" + i, "S", "A", i, i, 0, false, i == 3, 1, "STD", 10));
        }
        List<LayoutSeat> chosen = BestAvailable.choose(seats, s -> true, n, false, 3, -5);
        assertThat(chosen).extracting(LayoutSeat::number).containsExactly(4, 5, 6);
    }

    @Test
    void blocksForARushAreThoseSuccessiveShoppersWouldBeGivenOneByOne() {
        List<LayoutSeat> seats = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (int i = 1; i <= 10; i++) {
                seats.add(new LayoutSeat(row * 10 + i, "A-" + i, "S", "R" + row, i, i, row, false, false, 1, "STD", 10));
            }
        }
        Set<Long> taken = new HashSet<>();
        List<List<LayoutSeat>> oneByOne = new ArrayList<>();
        while (true) {
            List<LayoutSeat> next = BestAvailable.choose(seats, s -> !taken.contains(s.id()), 2, false, 5.5, -5);
            if (next.isEmpty()) {
                break;
            }
            oneByOne.add(next);
            next.forEach(s -> taken.add(s.id()));
        }
        assertThat(oneByOne).hasSize(15);
        assertThat(BestAvailable.blocks(seats, s -> true, 2, false, 5.5, -5, 64)).isEqualTo(oneByOne);
        assertThat(BestAvailable.blocks(seats, s -> true, 2, false, 5.5, -5, 4)).isEqualTo(oneByOne.subList(0, 4));
        assertThat(BestAvailable.blocks(seats, s -> s.id() > 25, 2, false, 5.5, -5, 64)).hasSize(2)
                .allSatisfy(b -> assertThat(b).extracting(LayoutSeat::row).containsOnly("R2"));
    }

    private static LayoutSeat seat(int number, boolean accessible) {
        return new LayoutSeat(number, "A-" + number, "S", "A", number, number, 0, accessible, false, 1, "STD", 10);
    }
}
