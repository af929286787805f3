package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.ui.TerminalSettings;
import java.time.Duration;

/**
 * How one kiosk runs: its timings (the idle time is the kiosk's own setting, {@code --kiosk-idle}), where it
 * remembers its place in line, what opens the purchase, how often it polls while the live link is down, and
 * whether screens animate (tests render still frames).
 */
public record KioskOptions(KioskFlow.Timing timing, JoinedPlaces places, PurchaseStep.Factory purchases, Duration pollEvery,
                           boolean animate) {

    /** The terminal's: its idle setting and its remembered place. */
    public static KioskOptions of(TerminalSettings settings) {
        return new KioskOptions(KioskFlow.Timing.standard(settings.kioskIdle()), JoinedPlaces.in(settings), StandInPurchase::new,
                TiketiApp.POLL_EVERY, true);
    }

    public KioskOptions withTiming(KioskFlow.Timing t) {
        return new KioskOptions(t, places, purchases, pollEvery, animate);
    }

    public KioskOptions withPurchases(PurchaseStep.Factory p) {
        return new KioskOptions(timing, places, p, pollEvery, animate);
    }

    public KioskOptions withPlaces(JoinedPlaces p) {
        return new KioskOptions(timing, p, purchases, pollEvery, animate);
    }

    public KioskOptions still() {
        return new KioskOptions(timing, places, purchases, pollEvery, false);
    }
}
