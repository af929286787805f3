package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.shell.Mode;
import dev.tiketi.desktop.shell.ShortcutRegistry;
import dev.tiketi.desktop.shell.Shortcuts;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import java.time.Clock;
import java.time.Duration;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;

/**
 * The self-service kiosk, for kiosk accounts: full screen, touch first, in the customer's language. It
 * composes the {@link KioskFlow} (the visit), the attract screen's {@link EventTiles}, the purchase screens
 * ({@link PurchaseStep}) and {@link KioskExit}; every touch anywhere, the purchase's too, tells the idle timer
 * someone is there. The operator leaves with {@link Shortcuts#KIOSK_EXIT} and the kiosk account's password.
 */
public final class KioskMode implements Mode {
    /** The attract screen reads the event list again this often, so new and closed events show without a touch. */
    private static final Duration RELIST = Duration.ofMinutes(2);

    private final Session session;
    private final KioskOptions options;
    private final FxTicker ticker;
    private final KioskFlow flow;
    private final EventTiles tiles;
    private final KioskExit exit;
    private final StackPane host = new StackPane();
    private PurchaseStep current;
    /** Held here: the view listens to the flow only weakly, so the one a language change replaces can go. */
    private KioskView view;
    private Ticker.Cancel relist;

    public KioskMode(Session session, KioskOptions options, Runnable signOut) {
        this.session = session;
        this.options = options;
        Threads threads = Threads.terminal();
        ApiClient api = session.api();
        ticker = new FxTicker(Clock.systemUTC(), threads.fx());
        QueueApi queue = QueueApi.of(api);
        flow = new KioskFlow(queue, QueueWatch.live(session.live(), queue, options.pollEvery()),
                id -> current = options.purchases().open(session, id, threads), threads, ticker, options.timing(),
                options.places(), session.messages().locale());
        tiles = new EventTiles(api::eventsList, LiveFeeds.of(session.live(), id -> () -> api.seats(id), id -> () -> api.stock(id),
                options.pollEvery()), threads, Clock.systemDefaultZone());
        exit = new KioskExit(password -> verify(api, password), threads, () -> {
            flow.shutDown();
            signOut.run();
        });
        api.onAdmissionRefused(id -> threads.fx().execute(() -> flow.admissionRefused(id)));
        host.setId("kiosk");
        for (var type : java.util.List.of(MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED, KeyEvent.KEY_PRESSED, ScrollEvent.SCROLL)) {
            host.addEventFilter(type, (Event e) -> flow.touched());
        }
        flow.languageProperty().addListener((o, a, b) -> {
            session.language(b);
            render();
        });
        flow.stepProperty().addListener((o, a, b) -> {
            if (b == KioskFlow.Step.ATTRACT) {
                current = null;
                tiles.reload();
            }
        });
        render();
        tiles.reload();
        scheduleRelist();
        flow.start();
    }

    /** The kiosk account's password, checked by signing in again as the account this kiosk runs under. */
    private static void verify(ApiClient api, String password) {
        String account = api.me().username();
        new ApiClient(api.base(), api.terminal()).login(account, password);
    }

    private void render() {
        Messages m = session.messages();
        view = new KioskView(m, flow, tiles, exit, session.login().displayName(), options.animate(),
                () -> current == null ? null : current.view());
        host.getChildren().setAll(view.root());
    }

    private void scheduleRelist() {
        relist = ticker.after(RELIST, () -> {
            if (flow.stepProperty().get() == KioskFlow.Step.ATTRACT) {
                tiles.reload();
            }
            scheduleRelist();
        });
    }

    @Override
    public Parent view() {
        return host;
    }

    @Override
    public void keys(ShortcutRegistry keys) {
        keys.on(Shortcuts.KIOSK_EXIT, exit::open);
    }

    @Override
    public boolean fullScreen() {
        return true;
    }

    /** The visit's state (tests, screenshots). */
    public KioskFlow flow() {
        return flow;
    }

    public KioskExit exit() {
        return exit;
    }

    /**
     * Holds released, feeds closed; a place in line stays on the server, so a restarted kiosk goes back to it.
     * (Leaving kiosk mode through {@link KioskExit} gives the place up first.)
     */
    @Override
    public void close() {
        if (relist != null) {
            relist.cancel();
        }
        flow.close();
        tiles.close();
        ticker.close();
    }
}
