package dev.tiketi.desktop.shell;

import javafx.scene.Parent;

/**
 * What a signed-in terminal does, chosen by the account's role: the counter for clerks, the kiosk for kiosk
 * accounts, the admin panel (and the counter) for admins. The shell hosts one at a time and closes it on
 * sign-out, so a mode must give back what it holds (holds released, feeds closed) in {@link #close()}.
 */
public interface Mode extends AutoCloseable {
    /** The mode's screen, built once. */
    Parent view();

    /** Registers the mode's keys; called once the view is in the scene. */
    void keys(ShortcutRegistry keys);

    /**
     * A mode for the public (the kiosk): the whole screen, no window chrome, no status bar and no sign-out or
     * help keys; the mode offers its own way out.
     */
    default boolean fullScreen() {
        return false;
    }

    @Override
    void close();
}
