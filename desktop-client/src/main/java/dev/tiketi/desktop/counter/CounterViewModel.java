package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.sale.Basket;
import dev.tiketi.desktop.sale.EventPicker;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.sale.Payment;
import dev.tiketi.desktop.sale.SeatWatch;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.common.HouseCurrency;
import dev.tiketi.model.sales.HoldView;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The counter: the shared {@link EventPicker}, {@link LiveEvent}, {@link Basket} and {@link Payment} put
 * together the way a clerk sells, with the drawer, the printer and the seats watched for customers. The view
 * reads the shared models' own read-only state through {@link #picker()}, {@link #live()}, {@link #basket()}
 * and {@link #payment()}; what is the counter's own (the seats chosen, the tier, what may be pressed:
 * {@link #canHold()}, {@link #canPayCash()}, …) lives here so the view only binds.
 */
public final class CounterViewModel implements AutoCloseable {
    /** Warn the clerk when the hold has this little left. */
    public static final int WARN_SECONDS = 60;

    private final Messages m;
    private final EventPicker picker;
    private final LiveEvent live;
    private final Basket basket;
    private final Payment payment;
    private final StatusLine status = new StatusLine();
    private final Checkout checkout;
    private final Drawer drawer;
    private final Holding holding;
    private final Printing printing;
    private final SeatTexts seatTexts;
    private final SeatWatch watch;
    private final ScheduledExecutorService ticker;
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ObjectProperty<TierView> gaTier = new SimpleObjectProperty<>();
    private final IntegerProperty gaQuantity = new SimpleIntegerProperty(1);
    private final ObservableList<String> basketLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HoldView> hold = new ReadOnlyObjectWrapper<>();
    private Consumer<Notice> notices = n -> { };
    private Consumer<Throwable> unexpected = e -> { };
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
        this.m = m;
        this.picker = new EventPicker(api::eventsList, threads, clock);
        this.live = new LiveEvent(api, feeds, threads);
        this.basket = new Basket(api, threads, clock, WARN_SECONDS);
        this.payment = new Payment(api, threads, ApiClient::newIdempotencyKey);
        this.drawer = new Drawer(api, threads, m, this::currencyOrDefault, status, this::failed);
        this.printing = new Printing(api, threads, m, payment, status, this::failed);
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
        basket.holds().addListener((ListChangeListener<HoldView>) c -> basketChanged());
        basket.onExpired(() -> {
            status.say(m.text("counter.expired"), true);
            notices.accept(new Notice(m.text("toast.expired"), true));
        });
        busy = basket.busyProperty().or(payment.busyProperty());
        canHold = busy.not().and(live.eventProperty().isNotNull()).and(live.upToDateProperty());
        canPayCard = hold.isNotNull().and(busy.not()).and(live.upToDateProperty());
        canPayCash = canPayCard.and(drawer.drawerProperty().isNotNull());
        holding = new Holding(live, basket, selection, gaTier, gaQuantity, canHold::get, busy::get, this::newSale, status, this::failed, m);
        checkout = new Checkout(m, basket, payment, canPayCard::get, status, this::failed, n -> notices.accept(n));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiketi-countdown");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> threads.fx().execute(basket::tick), 1, 1, TimeUnit.SECONDS);
    }

    // --- the shared models, read by the view through their own read-only state ---

    /** The events on sale, the search text and the chosen event. */
    public EventPicker picker() {
        return picker;
    }

    /** The chosen event as it is now: details, hall, seats, stock, freshness, presence. */
    public LiveEvent live() {
        return live;
    }

    /** The holds being sold (several tiers of a GA event are several holds, paid together as one order). */
    public Basket basket() {
        return basket;
    }

    /** The last payment: its order (what Print prints), change and masked card. */
    public Payment payment() {
        return payment;
    }

    // --- the counter's own parts ---

    /** Holding seats or GA tickets: replace the basket, add to it, best available, extend, release. */
    public Holding holding() {
        return holding;
    }

    /** Taking the money for the whole basket: tendered, change, card, customer, the last sale's summary. */
    public Checkout checkout() {
        return checkout;
    }

    /** The clerk's cash drawer at this terminal: open or not, and opening it with a counted float. */
    public Drawer drawer() {
        return drawer;
    }

    /** The terminal's printer and printing the last sale. */
    public Printing printing() {
        return printing;
    }

    /** What the counter last told the clerk. */
    public StatusLine status() {
        return status;
    }

    /** The seats the clerk has chosen on the map (not held yet). */
    public ObservableSet<Long> selection() {
        return selection;
    }

    /** The tier GA quantities and best-available come from; the keyboard's seat starts at its best seat. */
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

    /** The basket as the clerk reads it: each seat or ticket, then a subtotal per tier. */
    public ObservableList<String> basketLines() {
        return basketLines;
    }

    /** Seats the clerk watches for a customer: each gives a notice the moment it is free. */
    public ObservableSet<Long> watched() {
        return watch.watched();
    }

    public BooleanBinding busyProperty() {
        return busy;
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

    /** Something worth a notice in the corner: a sale made, a hold run out. */
    public record Notice(String text, boolean warning) {
    }

    /** What the status line says about a seat: its label, tier, price, why it cannot be taken, the seats watched. */
    public String describe(Long seatId) {
        return seatTexts.describe(seatId);
    }

    public void onNotice(Consumer<Notice> handler) {
        this.notices = handler;
    }

    /** Failures that are not the server's refusals (a printer error, a bug): the shell shows them with details. */
    public void onUnexpected(Consumer<Throwable> handler) {
        this.unexpected = handler;
    }

    // --- commands ---

    /** The basket's hold went into an exchange on the Orders tab: it is sold, not held. */
    public void basketUsedElsewhere() {
        basket.sold();
    }

    public void loadEvents() {
        picker.load();
        drawer.refresh();
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
        status.say(m.text(watch.toggle(seatId) ? "counter.watching" : "counter.unwatched", seatTexts.label(seatId)), false);
    }

    // --- inner workings ---

    /** A new sale begins: the last sale's change and summary must not linger beside the new basket. */
    private void newSale() {
        payment.clear();
        checkout.clear();
    }

    private void basketChanged() {
        hold.set(basket.holds().isEmpty() ? null : basket.holds().get(0));
        basketLines.setAll(BasketLines.of(basket.holds(), m));
        checkout.recomputeChange();
    }

    private void watchedSeatFreed(Long seatId) {
        notices.accept(new Notice(m.text("toast.watchFree", seatTexts.label(seatId)), false));
    }

    private String currencyOrDefault() {
        EventDetail e = live.eventProperty().get();
        return e != null ? e.currency() : basket.currency() != null ? basket.currency() : HouseCurrency.CODE;
    }

    private void failed(Throwable e) {
        basket.forgetIfGone(e); // the basket must not show what the server no longer holds
        status.say(m.problem(e), true);
        if (!(e instanceof ApiException)) {
            unexpected.accept(e); // not a refusal the clerk can act on: the details are for support
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        basket.releaseAll();
        live.close();
    }
}
