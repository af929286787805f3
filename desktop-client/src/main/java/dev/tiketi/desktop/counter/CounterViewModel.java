package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.sale.Basket;
import dev.tiketi.desktop.sale.EventPicker;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.sale.Payment;
import dev.tiketi.desktop.sale.SeatWatch;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Printers;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.CashSessionView;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.SeatState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The counter: the shared {@link EventPicker}, {@link LiveEvent}, {@link Basket} and {@link Payment} put
 * together the way a clerk sells, plus the drawer and the printer. It decides what may be pressed
 * ({@link #canHold()}, {@link #canPayCash()}, …) so the view only binds.
 */
public final class CounterViewModel implements AutoCloseable {
    /** Warn the clerk when the hold has this little left. */
    public static final int WARN_SECONDS = 60;

    private final ApiClient api;
    private final Messages m;
    private final Threads threads;
    private final EventPicker picker;
    private final LiveEvent live;
    private final Basket basket;
    private final Payment payment;
    private final Checkout checkout;
    private final Drawer drawer;
    private final Holding holding;
    private final SeatTexts seatTexts;
    private final SeatWatch watch;
    private final ScheduledExecutorService ticker;
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ObjectProperty<TierView> gaTier = new SimpleObjectProperty<>();
    private final IntegerProperty gaQuantity = new SimpleIntegerProperty(1);
    private final ObservableList<String> basketLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HoldView> hold = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper feedMode = new ReadOnlyStringWrapper("");
    private final StringProperty printer = new SimpleStringProperty("");
    private java.util.function.Consumer<Notice> notices = n -> { };
    private java.util.function.Consumer<Throwable> unexpected = e -> { };
    private final BooleanBinding busy;
    private final BooleanBinding canHold;
    private final BooleanBinding canPayCard;
    private final BooleanBinding canPayCash;

    public CounterViewModel(Session session, Clock clock, Duration pollEvery) {
        this(session.api(), session.messages(), Threads.terminal(), clock, LiveFeeds.of(session.live(),
                id -> () -> session.api().seats(id), id -> () -> session.api().stock(id), pollEvery));
    }

    /** With the live feeds given: a screen test drives the seats' freshness itself (stale, polled, live). */
    public CounterViewModel(ApiClient api, Messages m, Threads threads, Clock clock, LiveFeeds feeds) {
        this.api = api;
        this.m = m;
        this.threads = threads;
        this.picker = new EventPicker(api::eventsList, threads, clock);
        this.live = new LiveEvent(api, feeds, threads);
        this.basket = new Basket(api, threads, clock, WARN_SECONDS);
        this.payment = new Payment(api, threads, ApiClient::newIdempotencyKey);
        this.drawer = new Drawer(api, threads, m, this::currencyOrDefault, this::say, this::failed);
        picker.onFailure(this::failed);
        live.onFailure(this::failed);
        watch = new SeatWatch(live.seats(), this::watchedSeatFreed);
        seatTexts = new SeatTexts(m, live, basket.seats(), watch.watched());
        picker.chosenProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                selection.clear();
                watch.clear();
                live.open(b == null ? null : b.id()); // a fresher copy of the same event is not a new choice
            }
        });
        live.eventProperty().addListener((o, a, b) -> gaTier.set(b == null || b.tiers().isEmpty() ? null : b.tiers().get(0)));
        // how fresh the seats are, and who else is on the event (so a clerk sees a rush coming)
        feedMode.bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String fresh = switch (live.freshnessProperty().get()) {
                case LIVE -> m.text("map.live");
                case POLLING -> m.text("map.polling");
                case STALE -> m.text("map.stale");
                case NONE, LOADING -> "";
            };
            dev.tiketi.model.live.PresenceUpdate p = live.presenceProperty().get();
            return p == null || fresh.isEmpty() ? fresh : fresh + " · " + m.text("map.presence", p.terminals(), p.viewers());
        }, live.freshnessProperty(), live.presenceProperty()));
        basket.holds().addListener((javafx.collections.ListChangeListener<HoldView>) c -> basketChanged());
        basket.onExpired(() -> {
            say(m.text("counter.expired"), true);
            notices.accept(new Notice(m.text("toast.expired"), true));
        });
        busy = basket.busyProperty().or(payment.busyProperty());
        canHold = busy.not().and(live.eventProperty().isNotNull()).and(live.upToDateProperty());
        canPayCard = hold.isNotNull().and(busy.not()).and(live.upToDateProperty());
        canPayCash = canPayCard.and(drawer.drawerProperty().isNotNull());
        holding = new Holding(live, basket, selection, gaTier, gaQuantity, canHold::get, busy::get, this::newSale, this::say, this::failed, m);
        checkout = new Checkout(m, basket, payment, canPayCard::get, this::say, this::failed, n -> notices.accept(n));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiketi-countdown");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> threads.fx().execute(basket::tick), 1, 1, TimeUnit.SECONDS);
    }

    // --- state, read by the view ---

    public ObservableList<EventSummary> events() {
        return picker.events();
    }

    public StringProperty searchProperty() {
        return picker.textProperty();
    }

    public ObjectProperty<EventSummary> selectedEventProperty() {
        return picker.chosenProperty();
    }

    public ReadOnlyObjectProperty<EventDetail> eventProperty() {
        return live.eventProperty();
    }

    public ReadOnlyObjectProperty<VenueLayout> layoutProperty() {
        return live.layoutProperty();
    }

    public ObservableMap<Long, SeatState> seats() {
        return live.seats();
    }

    public ObservableSet<Long> selection() {
        return selection;
    }

    public ObservableSet<Long> mine() {
        return basket.seats();
    }

    public ObservableList<TierAvailability> stock() {
        return live.stock();
    }

    public ObjectProperty<TierView> gaTierProperty() {
        return gaTier;
    }

    public IntegerProperty gaQuantityProperty() {
        return gaQuantity;
    }

    /** The basket's first hold, null when empty (the Orders tab's exchange takes exactly one hold). */
    public ReadOnlyObjectProperty<HoldView> holdProperty() {
        return hold.getReadOnlyProperty();
    }

    /** Every hold in the basket (several tiers of a GA event are several holds), paid together as one order. */
    public ObservableList<HoldView> holds() {
        return basket.holds();
    }

    /** What the whole basket costs, in {@link #basketCurrency()}. */
    public ReadOnlyLongProperty totalProperty() {
        return basket.totalProperty();
    }

    public String basketCurrency() {
        return basket.currency();
    }

    /** Seats the clerk watches for a customer: each gives a notice the moment it is free. */
    public ObservableSet<Long> watched() {
        return watch.watched();
    }

    public ObservableList<String> basket() {
        return basketLines;
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return basket.secondsLeftProperty();
    }

    public ReadOnlyBooleanProperty holdWarningProperty() {
        return basket.warningProperty();
    }

    /** The clerk's cash drawer at this terminal: null while closed. */
    public ReadOnlyObjectProperty<CashSessionView> drawerProperty() {
        return drawer.drawerProperty();
    }

    /** Opening the drawer with a counted float. */
    public Drawer drawer() {
        return drawer;
    }

    /** Holding seats or GA tickets: replace the basket, add to it, best available, extend, release. */
    public Holding holding() {
        return holding;
    }

    /** Taking the money for the whole basket: tendered, change, card, customer, the last sale's summary. */
    public Checkout checkout() {
        return checkout;
    }

    public ReadOnlyObjectProperty<OrderView> lastOrderProperty() {
        return payment.orderProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** Whether the map shows the server's seats (false while loading or stale: nothing may be sold then). */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return live.upToDateProperty();
    }

    public ReadOnlyStringProperty feedModeProperty() {
        return feedMode.getReadOnlyProperty();
    }

    public BooleanBinding canHold() {
        return canHold;
    }

    public BooleanBinding canPayCard() {
        return canPayCard;
    }

    public BooleanBinding canPayCash() {
        return canPayCash;
    }

    public Messages messages() {
        return m;
    }

    /** The printer chosen for this terminal (remembered); empty saves PDFs. */
    public StringProperty printerProperty() {
        return printer;
    }

    /** Something worth a notice in the corner: a sale made, a hold run out. */
    public record Notice(String text, boolean warning) {
    }

    /** What the status line says about a seat: its label, tier, price, why it cannot be taken, the seats watched. */
    public String describe(Long seatId) {
        return seatTexts.describe(seatId);
    }

    public void onNotice(java.util.function.Consumer<Notice> handler) {
        this.notices = handler;
    }

    // --- commands ---

    /** The basket's hold went into an exchange on the Orders tab: it is sold, not held. */
    public void basketUsedElsewhere() {
        basket.sold();
    }

    public void loadEvents() {
        picker.load();
        refreshDrawer();
    }

    /** Reads whether this clerk's drawer at this terminal is open (after a cash-up on another tab, say). */
    public void refreshDrawer() {
        drawer.refresh();
    }

    /** Starts or stops watching a seat for a customer (held elsewhere now; a notice comes when it frees). */
    public void toggleWatch(Long seatId) {
        if (seatId == null || live.seat(seatId).isEmpty()) {
            return;
        }
        say(m.text(watch.toggle(seatId) ? "counter.watching" : "counter.unwatched", seatTexts.label(seatId)), false);
    }

    /**
     * Prints the last order's tickets and receipt on the chosen printer, or, with none chosen (or it is
     * gone), saves the PDF in {@code folder} under a name not used before.
     */
    public void printLast(Path folder) {
        OrderView order = payment.orderProperty().get();
        if (order == null) {
            say(m.text("counter.nothingToPrint"), true);
            return;
        }
        String printerName = printer.get();
        threads.call(() -> Printers.printOrSave(printerName, api.ticketsPdf(order.id()), order.orderNo(), folder, order.orderNo() + ".pdf"))
                .onSuccess(where -> say(m.text("counter.printed", where), false)).onFailure(this::failed).start();
    }

    // --- inner workings ---

    /** A new sale begins: the last sale's change and summary must not linger beside the new basket. */
    private void newSale() {
        payment.clear();
        checkout.clear();
    }

    private void basketChanged() {
        HoldView first = basket.holds().isEmpty() ? null : basket.holds().get(0);
        hold.set(first);
        basketLines.setAll(BasketLines.of(basket.holds(), m));
        checkout.recomputeChange();
    }

    private void watchedSeatFreed(Long seatId) {
        notices.accept(new Notice(m.text("toast.watchFree", seatTexts.label(seatId)), false));
    }

    private String currencyOrDefault() {
        EventDetail e = live.eventProperty().get();
        return e != null ? e.currency() : basket.currency() != null ? basket.currency() : dev.tiketi.model.common.HouseCurrency.CODE;
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    private void failed(Throwable e) {
        basket.forgetIfGone(e); // the basket must not show what the server no longer holds
        say(m.problem(e), true);
        if (!(e instanceof ApiException)) {
            unexpected.accept(e); // not a refusal the clerk can act on: the details are for support
        }
    }

    /** Failures that are not the server's refusals (a printer error, a bug): the shell shows them with details. */
    public void onUnexpected(java.util.function.Consumer<Throwable> handler) {
        this.unexpected = handler;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        basket.releaseAll();
        live.close();
    }
}
