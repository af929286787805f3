package dev.tiketi.desktop;

import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.kiosk.KioskOptions;
import dev.tiketi.desktop.login.LoginViewModel;
import dev.tiketi.desktop.shell.Shell;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.TerminalSettings;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The one window of a terminal and what it shows: the sign-in form, then the shell of whoever signed in,
 * then the form again on sign-out, without restarting. Signing out releases the basket's holds and closes
 * the feeds; the cash drawer stays open at the terminal for the next clerk. A kiosk takes the whole screen
 * and cannot be closed from the window (its own exit signs out first).
 */
public final class TerminalWindow implements AutoCloseable {
    private final Stage stage;
    private final TerminalSettings settings;
    private final Path printFolder;
    private final Function<Session, CounterViewModel> counter;
    private KioskOptions kiosk;
    private LoginViewModel login;
    private Shell shell;
    private EventHandler<WindowEvent> closeBeforeKiosk;

    public TerminalWindow(Stage stage, TerminalSettings settings, Path printFolder, Function<Session, CounterViewModel> counter) {
        this.stage = stage;
        this.settings = settings;
        this.printFolder = printFolder;
        this.counter = counter;
        this.kiosk = KioskOptions.of(settings);
    }

    /** How a kiosk signed in here runs (tests shorten its times and stand in for the purchase). */
    public void kioskOptions(KioskOptions options) {
        this.kiosk = options;
    }

    /** Shows the sign-in form (in a new scene the first time), with {@code notice} above it if not null. */
    public LoginViewModel showSignIn(String notice) {
        login = new LoginViewModel(settings, settings.locale(Messages.defaultLocale()), this::signedIn);
        if (notice != null) {
            login.noticeProperty().set(notice);
        }
        if (stage.getScene() == null) {
            stage.setScene(new Scene(TiketiApp.loginView(login), 1280, 800));
        } else {
            stage.getScene().setRoot(TiketiApp.loginView(login));
        }
        // a stage handed over with a scene of its own (a test's) draws with the terminal's fonts and look too
        TiketiApp.stylesheet(stage.getScene());
        stage.setTitle("Tiketi");
        return login;
    }

    private void signedIn(Session session) {
        shell = TiketiApp.shell(session, printFolder, counter, kiosk, this::signOut);
        stage.getScene().setRoot(shell.view());
        stage.setTitle("Tiketi — " + session.login().displayName());
        if (shell.mode().fullScreen()) {
            closeBeforeKiosk = stage.getOnCloseRequest();
            stage.setOnCloseRequest(WindowEvent::consume);
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
    }

    public void signOut() {
        Messages said = shell == null ? null : shell.messages();
        if (shell != null) {
            if (shell.mode().fullScreen()) {
                stage.setFullScreen(false);
                stage.setOnCloseRequest(closeBeforeKiosk);
            }
            shell.close();
            shell = null;
        }
        showSignIn(said == null ? null : said.text("shell.signedOut"));
    }

    /** The signed-in shell, or null at the sign-in form. */
    public Shell shell() {
        return shell;
    }

    public LoginViewModel login() {
        return login;
    }

    @Override
    public void close() {
        if (shell != null) {
            shell.close();
            shell = null;
        }
    }
}
