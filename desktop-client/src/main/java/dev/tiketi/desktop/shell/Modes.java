package dev.tiketi.desktop.shell;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.kiosk.KioskMode;
import dev.tiketi.desktop.kiosk.KioskOptions;
import java.nio.file.Path;
import java.util.function.Function;

/** The role picks the mode: clerks sell at the counter, admins too (with their tab), kiosks get the kiosk. */
public final class Modes {
    private Modes() {
    }

    /** {@code signOut} is the kiosk's way back to the sign-in form once the operator has given its password. */
    public static Mode forRole(Session session, Notifier notifier, Path printFolder, Function<Session, CounterViewModel> counter,
                               KioskOptions kiosk, Runnable signOut) {
        return switch (session.login().role()) {
            case CLERK -> new CounterMode(session, counter.apply(session), printFolder, notifier, false);
            case ADMIN -> new CounterMode(session, counter.apply(session), printFolder, notifier, true);
            case KIOSK -> new KioskMode(session, kiosk, signOut);
            case CUSTOMER -> throw new IllegalArgumentException("customers shop online, not at a terminal");
        };
    }
}
