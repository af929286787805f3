package dev.tiketi.desktop.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The idle timer on a hand-moved clock: 60 s to "still there?", 20 s to answer, any touch starts over. */
class IdleTimerTest {
    private final ManualTicker ticker = new ManualTicker();
    private final IdleTimer idle = new IdleTimer(ticker, Duration.ofSeconds(60), Duration.ofSeconds(20));
    private final AtomicInteger idled = new AtomicInteger();
    private final AtomicInteger timedOut = new AtomicInteger();

    @BeforeEach
    void start() {
        idle.onIdle(idled::incrementAndGet);
        idle.onTimeout(timedOut::incrementAndGet);
        idle.start();
    }

    @Test
    void asksAfterSixtySecondsAndCountsTwentyDown() {
        ticker.advanceSeconds(59);
        assertThat(idle.stillThereProperty().get()).isFalse();

        ticker.advanceSeconds(1);
        assertThat(idle.stillThereProperty().get()).isTrue();
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(20);
        assertThat(idled.get()).isEqualTo(1);

        ticker.advanceSeconds(5);
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(15);
        ticker.advanceSeconds(14);
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(1);
        assertThat(timedOut.get()).isZero();

        ticker.advanceSeconds(1);
        assertThat(timedOut.get()).isEqualTo(1);
        assertThat(idle.stillThereProperty().get()).isFalse();
        assertThat(idle.running()).isFalse();
        assertThat(idled.get()).as("asked once, not every second").isEqualTo(1);
    }

    @Test
    void aTouchWhileAskingStartsTheWholeTimeOver() {
        ticker.advanceSeconds(70);
        assertThat(idle.stillThereProperty().get()).isTrue();

        idle.touched();

        assertThat(idle.stillThereProperty().get()).isFalse();
        ticker.advanceSeconds(59);
        assertThat(idle.stillThereProperty().get()).isFalse();
        ticker.advanceSeconds(21);
        assertThat(timedOut.get()).isEqualTo(1);
    }

    @Test
    void touchesKeepItQuietForever() {
        for (int i = 0; i < 10; i++) {
            ticker.advanceSeconds(50);
            idle.touched();
        }
        assertThat(idled.get()).isZero();
        assertThat(timedOut.get()).isZero();
        assertThat(ticker.pending()).as("one tick waiting, not one per touch").isEqualTo(1);
    }

    @Test
    void stoppedItDoesNothingUntilTouched() {
        idle.stop();
        ticker.advanceSeconds(200);
        assertThat(timedOut.get()).isZero();
        assertThat(ticker.pending()).isZero();

        idle.touched();
        ticker.advanceSeconds(80);
        assertThat(timedOut.get()).isEqualTo(1);
    }
}
