package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Printers;
import dev.tiketi.desktop.ui.TerminalSettings;
import dev.tiketi.desktop.ui.Threads;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;

/**
 * One kiosk customer's purchase of one event, as a screen the kiosk mode embeds: seats (touch map, best
 * available, or GA quantities) → the hold with its countdown → card → tickets printed and on screen. The mode
 * learns how it ended through {@link #onFinished} and {@link #onCancelled}, and calls {@link #abandon()} when the
 * customer walks away. Call everything on the FX thread.
 */
public final class KioskPurchase implements AutoCloseable {
    private final PurchaseViewModel vm;
    private final Parent view;
    private final ScheduledExecutorService ticker;

    /**
     * How a purchase runs where the defaults do not fit: the customer's language, the countdown's clock (a test
     * moves it), the ticket printer (empty: save PDFs) and the folder PDFs are saved in.
     */
    public record Setup(Messages messages, Clock clock, String printer, Path printFolder) {
        /** The session's language, the system clock, this terminal's printer, PDFs under ~/Tiketi/tickets (as the counter). */
        public static Setup of(Session session) {
            return new Setup(session.messages(), Clock.systemDefaultZone(), TerminalSettings.user().printer(),
                    Path.of(System.getProperty("user.home"), "Tiketi", "tickets"));
        }

        /** The same, in the language the customer chose. */
        public Setup in(Messages language) {
            return new Setup(language, clock, printer, printFolder);
        }
    }

    public KioskPurchase(Session session, long eventId, Threads threads) {
        this(session, eventId, threads, Setup.of(session));
    }

    public KioskPurchase(Session session, long eventId, Threads threads, Setup setup) {
        ApiClient api = session.api();
        LiveFeeds feeds = LiveFeeds.of(session.live(), id -> () -> api.seats(id), id -> () -> api.stock(id), TiketiApp.POLL_EVERY);
        TicketPrinter printer = order -> {
            boolean onPaper = Printers.named(setup.printer()).isPresent();
            String where = Printers.printOrSave(setup.printer(), api.ticketsPdf(order.id()), order.orderNo(), setup.printFolder(),
                    order.orderNo() + ".pdf");
            return new TicketPrinter.Printed(onPaper, where);
        };
        vm = new PurchaseViewModel(api, feeds, threads, setup.clock(), setup.messages(), eventId, printer, ApiClient::newIdempotencyKey);
        view = TiketiApp.load("kiosk/purchase/KioskPurchase.fxml", setup.messages(), new PurchaseController(vm));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiketi-kiosk-countdown");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> threads.fx().execute(vm::tick), 1, 1, TimeUnit.SECONDS);
    }

    public Parent view() {
        return view;
    }

    /** Done pressed, or the countdown after the tickets ran out: the kiosk goes back to its start. */
    public void onFinished(Runnable r) {
        vm.onFinished(r);
    }

    /** The customer backed out before paying; their seats are given back already. */
    public void onCancelled(Runnable r) {
        vm.onCancelled(r);
    }

    /** The customer walked away: every hold is released on the server, nothing more happens. Safe at any time, and twice. */
    public void abandon() {
        vm.abandon();
    }

    /** Paying or paid (the kiosk must not take the line's letting go of a buyer for a lapsed turn). */
    public boolean bought() {
        PurchaseStep step = vm.stepProperty().get();
        return step == PurchaseStep.PAYING || step == PurchaseStep.TICKETS;
    }

    /** Stops the countdown and the live feeds, releasing whatever is still held. */
    @Override
    public void close() {
        ticker.shutdownNow();
        vm.close();
    }
}
