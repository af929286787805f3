package dev.tiketi.desktop;

import atlantafx.base.theme.PrimerLight;
import dev.tiketi.desktop.counter.CounterController;
import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.login.LoginController;
import dev.tiketi.desktop.login.LoginViewModel;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.StatusBar;
import dev.tiketi.desktop.ui.TerminalSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The terminal: a login screen, then the screen of the role that logged in. One window; each screen is an
 * FXML view with its controller built here around its view-model.
 */
public class TiketiApp extends Application {
    /** How often a feed reads its snapshot while the live link is down (the design's 5 s). */
    public static final Duration POLL_EVERY = Duration.ofSeconds(5);

    private Stage stage;
    private Session session;
    private CounterViewModel counter;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle("Tiketi");
        stage.setScene(new Scene(loginView(TerminalSettings.user(), Messages.defaultLocale(), this::loggedIn), 1280, 800));
        stylesheet(stage.getScene());
        stage.show();
    }

    /** The login view, usable on its own (tests and screenshots). */
    public static Parent loginView(TerminalSettings settings, Locale fallback, Consumer<Session> loggedIn) {
        Locale locale = settings.locale(fallback);
        LoginViewModel vm = new LoginViewModel(settings, locale, loggedIn);
        return load("login/Login.fxml", new Messages(locale), new LoginController(vm));
    }

    /** The clerk's counter with its status bar; the controller installs its keys once it is in a scene. */
    public static Parent counterView(Session session, CounterViewModel vm, Path printFolder) {
        CounterController controller = new CounterController(vm, printFolder);
        BorderPane root = new BorderPane(load("counter/Counter.fxml", session.messages(), controller));
        root.setBottom(new StatusBar(session));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                controller.installShortcuts(scene);
            }
        });
        return root;
    }

    public static void stylesheet(Scene scene) {
        scene.getStylesheets().add(TiketiApp.class.getResource("ui/tiketi.css").toExternalForm());
    }

    private void loggedIn(Session s) {
        this.session = s;
        this.counter = new CounterViewModel(s, Clock.systemDefaultZone(), POLL_EVERY);
        Path prints = Path.of(System.getProperty("user.home"), "Tiketi", "tickets");
        stage.getScene().setRoot(counterView(s, counter, prints));
        stage.setTitle("Tiketi — " + s.login().displayName());
    }

    static Parent load(String fxml, Messages messages, Object controller) {
        FXMLLoader loader = new FXMLLoader(TiketiApp.class.getResource(fxml), messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (counter != null) {
            counter.close();
        }
        if (session != null) {
            session.close();
        }
    }
}
