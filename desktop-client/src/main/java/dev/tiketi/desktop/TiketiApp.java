package dev.tiketi.desktop;

import atlantafx.base.theme.PrimerLight;
import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.kiosk.KioskOptions;
import dev.tiketi.desktop.shell.Modes;
import dev.tiketi.desktop.shell.Notifier;
import dev.tiketi.desktop.shell.Shell;
import dev.tiketi.desktop.login.LoginController;
import dev.tiketi.desktop.login.LoginViewModel;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.TerminalFont;
import dev.tiketi.desktop.ui.TerminalSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The terminal: a sign-in screen, then the shell with the mode of the role that signed in (counter, kiosk,
 * admin). One window; sign-out returns to the sign-in screen without restarting.
 */
public class TiketiApp extends Application {
    /** How often a feed reads its snapshot while the live link is down (the design's 5 s). */
    public static final Duration POLL_EVERY = Duration.ofSeconds(5);

    /** Every screen is usable down to this (a 1024×768 desktop, less the window's title bar and panel). */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 700;

    private TerminalWindow window;

    @Override
    public void start(Stage stage) {
        TerminalFont.load(); // before any scene: tiketi.css names it, so Korean renders without a system CJK font
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Map<String, String> args = getParameters().getNamed();
        TerminalSettings settings = TerminalSettings.user();
        Optional.ofNullable(args.get("kiosk-idle")).ifPresent(seconds -> kioskIdle(settings, seconds));
        Path prints = Path.of(System.getProperty("user.home"), "Tiketi", "tickets");
        window = new TerminalWindow(stage, settings, prints, session -> {
            CounterViewModel vm = new CounterViewModel(session, Clock.systemDefaultZone(), POLL_EVERY);
            vm.printing().printerProperty().set(settings.printer());
            vm.printing().printerProperty().addListener((o, a, b) -> settings.rememberPrinter(b));
            return vm;
        });
        LoginViewModel login = window.showSignIn(null);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        // --server, --terminal and --user fill the form; with a password (TIKETI_CLIENT_PASSWORD, or --demo for
        // the demo accounts' documented password) it signs in at once, as ./tiketi demo does
        Optional.ofNullable(args.get("server")).ifPresent(login.serverProperty()::set);
        Optional.ofNullable(args.get("terminal")).ifPresent(login.terminalProperty()::set);
        boolean demo = getParameters().getUnnamed().contains("--demo");
        String user = args.getOrDefault("user", demo ? "clerk" : null);
        String password = demo ? DEMO_PASSWORD : System.getenv("TIKETI_CLIENT_PASSWORD");
        if (user != null) {
            login.usernameProperty().set(user);
            if (password != null && !password.isEmpty()) {
                if (login.terminalProperty().get() == null || login.terminalProperty().get().isBlank()) {
                    login.terminalProperty().set(user.equals("kiosk") ? "kiosk-1" : "counter-1");
                }
                login.passwordProperty().set(password);
                login.submit();
            }
        }
    }

    /** --kiosk-idle=SECONDS, remembered for this terminal; a value out of range is said and ignored. */
    private static void kioskIdle(TerminalSettings settings, String seconds) {
        try {
            settings.rememberKioskIdle(Long.parseLong(seconds.strip()));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            System.err.println("--kiosk-idle=" + seconds + " ignored: give whole seconds from " + TerminalSettings.KIOSK_IDLE_MIN
                    + " to " + TerminalSettings.KIOSK_IDLE_MAX + ".");
        }
    }

    /** The demo data's password for every demo account (README "Demo accounts"); only the demo server has it. */
    private static final String DEMO_PASSWORD = "tiketi-demo";

    /** The login view, usable on its own (tests and screenshots). */
    public static Parent loginView(TerminalSettings settings, Locale fallback, Consumer<Session> loggedIn) {
        return loginView(new LoginViewModel(settings, settings.locale(fallback), loggedIn));
    }

    static Parent loginView(LoginViewModel vm) {
        return load("login/Login.fxml", new Messages(vm.languageProperty().get()), new LoginController(vm));
    }

    /** The signed-in window for {@code session}: its mode (by role) inside the shell; a kiosk runs with the defaults. */
    public static Shell shell(Session session, Path printFolder, Function<Session, CounterViewModel> counter, Runnable signOut) {
        return shell(session, printFolder, counter, KioskOptions.of(TerminalSettings.user()), signOut);
    }

    public static Shell shell(Session session, Path printFolder, Function<Session, CounterViewModel> counter, KioskOptions kiosk,
                              Runnable signOut) {
        Notifier notifier = new Notifier();
        return new Shell(session, Modes.forRole(session, notifier, printFolder, counter, kiosk, signOut), notifier, signOut);
    }

    /** Gives {@code scene} the terminal's stylesheet and fonts (once: calling it again changes nothing). */
    public static void stylesheet(Scene scene) {
        TerminalFont.load(); // the stylesheet names the bundled font; views built without start() need it too
        String css = TiketiApp.class.getResource("ui/tiketi.css").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /**
     * Loads {@code fxml} with {@code controller}; a view that includes another (the counter's till) passes the
     * included view's controller in {@code nested}, made by the parent controller so both share its view-model.
     */
    public static Parent load(String fxml, Messages messages, Object controller, Object... nested) {
        FXMLLoader loader = new FXMLLoader(TiketiApp.class.getResource(fxml), messages.bundle());
        loader.setController(controller);
        loader.setControllerFactory(type -> java.util.Arrays.stream(nested).filter(type::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("no controller given for " + type.getName() + " in " + fxml)));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
