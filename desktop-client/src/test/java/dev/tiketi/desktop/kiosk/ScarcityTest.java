package dev.tiketi.desktop.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.TierAvailability;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScarcityTest {

    @ParameterizedTest
    @CsvSource({
            // capacity, available, held, sold, tile says
            "1240, 1240, 0, 0, PLENTY",     // a fresh hall
            "1240, 21, 0, 1219, PLENTY",    // 21 left of 1,240: more than the 20 that count as few
            "1240, 20, 5, 1215, FEW_LEFT",  // 20 left
            "160, 16, 0, 144, FEW_LEFT",    // a tenth of a small hall
            "160, 17, 0, 143, PLENTY",      // just over a tenth
            "160, 0, 4, 156, SOLD_OUT",     // none to buy, though 4 are held and may come back
            "0, 0, 0, 0, PLENTY",           // no capacity known: say nothing
    })
    void fromTheLiveStock(int capacity, int available, int held, int sold, Scarcity expected) {
        assertThat(Scarcity.of(List.of(new TierAvailability("R", capacity, available, held, sold)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0, SOLD_OUT",   // every tier gone
            "0, 3, FEW_LEFT",   // one tier gone, a few of the other: the event is not sold out
    })
    void overEveryTier(int availableA, int availableB, Scarcity expected) {
        assertThat(Scarcity.of(List.of(new TierAvailability("A", 100, availableA, 0, 100 - availableA),
                new TierAvailability("B", 100, availableB, 0, 100 - availableB)))).isEqualTo(expected);
    }
}
