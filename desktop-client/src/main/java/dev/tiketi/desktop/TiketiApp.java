package dev.tiketi.desktop;

import atlantafx.base.theme.PrimerLight;
import dev.tiketi.desktop.cashup.CashUpController;
import dev.tiketi.desktop.cashup.CashUpViewModel;
import dev.tiketi.desktop.counter.CounterController;
import dev.tiketi.desktop.counter.HelpOverlay;
import dev.tiketi.desktop.counter.Shortcuts;
import dev.tiketi.desktop.orders.OrdersController;
import dev.tiketi.desktop.orders.OrdersViewModel;
import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.login.LoginController;
import dev.tiketi.desktop.login.LoginViewModel;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.StatusBar;
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
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
        TerminalFont.load(); // before any scene: tiketi.css names it, so Korean renders without a system CJK font
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle("Tiketi");
        Map<String, String> args = getParameters().getNamed();
        TerminalSettings settings = TerminalSettings.user();
        LoginViewModel login = new LoginViewModel(settings, settings.locale(Messages.defaultLocale()), this::loggedIn);
        stage.setScene(new Scene(loginView(login), 1280, 800));
        stylesheet(stage.getScene());
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
                    login.terminalProperty().set("counter-1");
                }
                login.passwordProperty().set(password);
                login.submit();
            }
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

    /**
     * The staff terminal: tabs Sell (the counter), Orders (look-up, refund, reprint) and Cash-up, each with its
     * keys, F1 for all of them, and the status bar.
     */
    public static Parent counterView(Session session, CounterViewModel vm, Path printFolder) {
        Messages m = session.messages();
        // "" is "save as PDF"; the remembered printer stays a choice even while the system does not list it
        javafx.collections.ObservableList<String> printers = javafx.collections.FXCollections.observableArrayList("");
        if (!vm.printerProperty().get().isEmpty()) {
            printers.add(vm.printerProperty().get());
        }
        dev.tiketi.desktop.ui.Background.run(dev.tiketi.desktop.ui.Printers::names) // CUPS may be slow: not on the FX thread
                .onSuccess(names -> names.stream().filter(n -> !printers.contains(n)).forEach(printers::add)).start();
        CounterController sell = new CounterController(vm, printFolder, printers);
        OrdersController orders = new OrdersController(new OrdersViewModel(session, vm.holdProperty(), vm.printerProperty()), printFolder);
        CashUpController cashUp = new CashUpController(new CashUpViewModel(session), printFolder, m);
        Tab sellTab = new Tab(m.text("tab.sell"), load("counter/Counter.fxml", m, sell));
        Tab ordersTab = new Tab(m.text("tab.orders"), load("orders/Orders.fxml", m, orders));
        Tab cashTab = new Tab(m.text("tab.cashup"), load("cashup/CashUp.fxml", m, cashUp));
        TabPane tabs = new TabPane(sellTab, ordersTab, cashTab);
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == cashTab) {
                cashUp.opened();
            } else if (b == ordersTab) {
                orders.focus();
            } else {
                vm.refreshDrawer();
            }
        });
        BorderPane root = new BorderPane(tabs);
        root.setBottom(new StatusBar(session));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                sell.installShortcuts(scene, sellTab::isSelected);
                orders.installShortcuts(scene, ordersTab::isSelected);
                cashUp.installShortcuts(scene, cashTab::isSelected);
                scene.getAccelerators().put(Shortcuts.SELL.combination(), () -> tabs.getSelectionModel().select(sellTab));
                scene.getAccelerators().put(Shortcuts.ORDERS.combination(), () -> tabs.getSelectionModel().select(ordersTab));
                scene.getAccelerators().put(Shortcuts.CASHUP.combination(), () -> tabs.getSelectionModel().select(cashTab));
                scene.getAccelerators().put(Shortcuts.HELP.combination(), () -> HelpOverlay.show(m, scene.getWindow()));
            }
        });
        return root;
    }

    public static void stylesheet(Scene scene) {
        TerminalFont.load(); // the stylesheet names the bundled font; views built without start() need it too
        scene.getStylesheets().add(TiketiApp.class.getResource("ui/tiketi.css").toExternalForm());
    }

    private void loggedIn(Session s) {
        this.session = s;
        this.counter = new CounterViewModel(s, Clock.systemDefaultZone(), POLL_EVERY);
        TerminalSettings settings = TerminalSettings.user();
        counter.printerProperty().set(settings.printer());
        counter.printerProperty().addListener((o, a, b) -> settings.rememberPrinter(b));
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
