package dev.tiketi.desktop.kiosk;

import java.time.Duration;
import java.time.Instant;

/**
 * The kiosk's sense of time: what time it is and "run this later", on the thread that changes the models
 * (the FX thread in the terminal). The idle reset, the "it's your turn" moment and the heart-beats all go
 * through it, so a unit test moves time by hand instead of waiting 80 seconds.
 */
public interface Ticker {
    Instant now();

    /** Runs {@code task} once after {@code delay}, unless cancelled first. */
    Cancel after(Duration delay, Runnable task);

    /** A scheduled task not yet run; cancelling it twice, or after it ran, does nothing. */
    interface Cancel {
        void cancel();
    }
}
