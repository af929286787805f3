package dev.tiketi.desktop.shell;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.ui.StatusBar;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The signed-in window's frame: the mode's screen, the status bar (with sign-out) below it, notices above it,
 * and the keys every staff mode shares (F1 help, sign out); a full-screen mode (the kiosk) gets only its screen.
 * {@link #close()} closes the mode and the session.
 */
public final class Shell implements AutoCloseable {
    private final Session session;
    private final Mode mode;
    private final ShortcutRegistry keys;
    private final StackPane root;

    public Shell(Session session, Mode mode, Notifier notifier, Runnable signOut) {
        this.session = session;
        this.mode = mode;
        this.keys = new ShortcutRegistry(session.messages());
        BorderPane frame = new BorderPane(mode.view());
        root = new StackPane(frame, notifier.layer());
        root.setId("shell");
        mode.keys(keys);
        if (!mode.fullScreen()) {
            // a kiosk's customers get neither the way out nor the staff's key list
            frame.setBottom(new StatusBar(session, signOut));
            keys.on(Shortcuts.SIGN_OUT, signOut);
            keys.on(Shortcuts.HELP, () -> HelpOverlay.show(session.messages(), root.getScene().getWindow()));
        }
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                keys.install(scene);
            }
        });
    }

    public Parent view() {
        return root;
    }

    public Mode mode() {
        return mode;
    }

    public dev.tiketi.desktop.ui.Messages messages() {
        return session.messages();
    }

    public ShortcutRegistry keys() {
        return keys;
    }

    @Override
    public void close() {
        keys.clear();
        mode.close();
        session.close();
    }
}
