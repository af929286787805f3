package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Threads;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Leaving kiosk mode: the operator's key combination opens it, the kiosk account's password closes the
 * kiosk (checked by the server's sign-in, so a customer who finds the keys still cannot get out). A wrong
 * password is said and cleared; the server's sign-in throttle applies as anywhere else.
 */
public final class KioskExit {
    /** Signs in as the kiosk's account with {@code password}; throws the server's refusal. */
    @FunctionalInterface
    public interface Verifier {
        void verify(String password) throws Exception;
    }

    private final Verifier verifier;
    private final Threads threads;
    private final Runnable onExit;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Throwable> problem = new ReadOnlyObjectWrapper<>();
    private final StringProperty password = new SimpleStringProperty("");

    public KioskExit(Verifier verifier, Threads threads, Runnable onExit) {
        this.verifier = verifier;
        this.threads = threads;
        this.onExit = onExit;
    }

    /** The key combination was pressed. */
    public void open() {
        password.set("");
        problem.set(null);
        open.set(true);
    }

    public void cancel() {
        password.set("");
        problem.set(null);
        open.set(false);
    }

    public void submit() {
        String typed = password.get();
        if (!open.get() || busy.get() || typed == null || typed.isEmpty()) {
            return;
        }
        busy.set(true);
        problem.set(null);
        threads.call(() -> {
            verifier.verify(typed);
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            password.set("");
            open.set(false);
            onExit.run();
        }).onFailure(e -> {
            password.set("");
            problem.set(e);
        }).always(() -> busy.set(false)).start();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last password did not get out (wrong, throttled, server unreachable); null otherwise. */
    public ReadOnlyObjectProperty<Throwable> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
