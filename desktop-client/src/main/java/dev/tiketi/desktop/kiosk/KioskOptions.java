package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.kiosk.purchase.KioskPurchase;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.ui.TerminalSettings;
import java.nio.file.Path;
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
        return new KioskOptions(KioskFlow.Timing.standard(settings.kioskIdle()), JoinedPlaces.in(settings), KioskOptions::purchase,
                TiketiApp.POLL_EVERY, true);
    }

    /** The kiosk's purchase screens: seats, card, tickets (desktop.kiosk.purchase), PDFs where the counter saves them. */
    static PurchaseStep purchase(Session session, long eventId, Threads threads) {
        return step(new KioskPurchase(session, eventId, threads));
    }

    /** The kiosk's purchase screens, saving tickets in {@code folder} when no printer is set (a test's own folder). */
    public static PurchaseStep.Factory purchasesSavingTo(Path folder) {
        return (session, eventId, threads) -> {
            KioskPurchase.Setup terminal = KioskPurchase.Setup.of(session);
            return step(new KioskPurchase(session, eventId, threads,
                    new KioskPurchase.Setup(terminal.messages(), terminal.clock(), terminal.printer(), folder)));
        };
    }

    private static PurchaseStep step(KioskPurchase p) {
        return PurchaseStep.of(p::view, p::onFinished, p::onCancelled, p::abandon, p::close, p::bought);
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
