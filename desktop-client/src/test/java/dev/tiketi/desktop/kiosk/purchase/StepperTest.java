package dev.tiketi.desktop.kiosk.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The + and − of a quantity: never below its minimum, never above what is left. */
class StepperTest {

    @ParameterizedTest(name = "min {0}, start {1}, max {2}: +{3} −{4} → {5}")
    @CsvSource({
            // a best-available count: starts at 2, five taps up stop at the 6 left
            "1, 2, 6, 5, 0, 6",
            // ... and ten taps down stop at 1: a purchase is never of nothing
            "1, 2, 6, 0, 10, 1",
            // a GA tier starts at none and may go back to none
            "0, 0, 4, 3, 5, 0",
            // a start above the maximum is pulled down to it
            "1, 9, 4, 0, 0, 4",
            // nothing left (max below min): stays at the minimum whatever is tapped
            "1, 1, 0, 3, 3, 1",
    })
    void staysWithinItsBounds(int min, int start, int max, int ups, int downs, int expected) {
        Stepper s = new Stepper(min, start, max);
        for (int i = 0; i < ups; i++) {
            s.increase();
        }
        for (int i = 0; i < downs; i++) {
            s.decrease();
        }
        assertThat(s.value()).isEqualTo(expected);
        assertThat(s.value()).isBetween(min, Math.max(min, max));
    }

    @ParameterizedTest(name = "value {0}, new max {1} → {2}, + {3}, − {4}")
    @CsvSource({
            // stock falls below the choice: the choice falls with it, and nothing more can be added
            "5, 3, 3, false, true",
            // stock falls to nothing: back to the minimum, both buttons off
            "5, 0, 1, false, false",
            // stock rises: the choice stays, + works again
            "2, 8, 2, true, true",
    })
    void followsItsMaximum(int value, int newMax, int expected, boolean canIncrease, boolean canDecrease) {
        Stepper s = new Stepper(1, value, 6);
        s.setMax(newMax);
        assertThat(s.value()).isEqualTo(expected);
        assertThat(s.canIncrease().get()).isEqualTo(canIncrease);
        assertThat(s.canDecrease().get()).isEqualTo(canDecrease);
    }
}
