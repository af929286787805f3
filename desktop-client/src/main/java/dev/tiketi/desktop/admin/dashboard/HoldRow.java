package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.model.live.SalesFigures.ActiveHold;
import java.time.Duration;
import java.time.Instant;

/** One active hold as the dashboard's table shows it; the time left is counted down on this terminal's clock. */
public record HoldRow(ActiveHold hold) {

    public String holdId() {
        return hold.holdId();
    }

    /** Time left at {@code now}, never negative (an expired hold stays listed until the server drops it). */
    public Duration left(Instant now) {
        Duration left = Duration.between(now, hold.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** "m:ss", as a countdown reads; hours only when a hold runs that long. */
    public static String countdown(Duration left) {
        return dev.tiketi.desktop.admin.live.Spans.of(left.toSeconds());
    }
}
