package dev.tiketi.desktop.shell;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.counter.CounterViewModel;
import java.nio.file.Path;
import java.util.function.Function;

/** The role picks the mode: clerks sell at the counter, admins too (with their tab), kiosks get the kiosk. */
public final class Modes {
    private Modes() {
    }

    public static Mode forRole(Session session, Notifier notifier, Path printFolder, Function<Session, CounterViewModel> counter) {
        return switch (session.login().role()) {
            case CLERK -> new CounterMode(session, counter.apply(session), printFolder, notifier, false);
            case ADMIN -> new CounterMode(session, counter.apply(session), printFolder, notifier, true);
            case KIOSK -> new KioskPlaceholderMode(session.messages());
            case CUSTOMER -> throw new IllegalArgumentException("customers shop online, not at a terminal");
        };
    }
}
