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
import dev.tiketi.desktop.ui.Printers;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.CashSessionView;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
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
    private final SeatWatch watch;
    private final ScheduledExecutorService ticker;
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ObjectProperty<TierView> gaTier = new SimpleObjectProperty<>();
    private final IntegerProperty gaQuantity = new SimpleIntegerProperty(1);
    private final ObservableList<String> basketLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HoldView> hold = new ReadOnlyObjectWrapper<>();
    private final StringProperty tendered = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final StringProperty cardNumber = new SimpleStringProperty("");
    private final StringProperty customerName = new SimpleStringProperty("");
    private final StringProperty openingFloat = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CashSessionView> drawer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper saleSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper feedMode = new ReadOnlyStringWrapper("");
    private final StringProperty printer = new SimpleStringProperty("");
    private java.util.function.Consumer<Notice> notices = n -> { };
    private final BooleanBinding busy;
    private final BooleanBinding canHold;
    private final BooleanBinding canPayCard;
    private final BooleanBinding canPayCash;

    public CounterViewModel(Session session, Clock clock, Duration pollEvery) {
        this(session.api(), session.messages(), Threads.terminal(), clock, LiveFeeds.of(session.live(),
                id -> () -> session.api().seats(id), id -> () -> session.api().stock(id), pollEvery));
    }

    CounterViewModel(ApiClient api, Messages m, Threads threads, Clock clock, LiveFeeds feeds) {
        this.api = api;
        this.m = m;
        this.threads = threads;
        this.picker = new EventPicker(api::eventsList, threads, clock);
        this.live = new LiveEvent(api, feeds, threads);
        this.basket = new Basket(api, threads, clock, WARN_SECONDS);
        this.payment = new Payment(api, threads, ApiClient::newIdempotencyKey);
        picker.onFailure(this::failed);
        live.onFailure(this::failed);
        watch = new SeatWatch(live.seats(), id -> notices.accept(new Notice(m.text("toast.watchFree", label(id)), false)));
        picker.chosenProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                selection.clear();
                watch.clear();
                live.open(b == null ? null : b.id()); // a fresher copy of the same event is not a new choice
            }
        });
        live.eventProperty().addListener((o, a, b) -> gaTier.set(b == null || b.tiers().isEmpty() ? null : b.tiers().get(0)));
        live.freshnessProperty().addListener((o, a, b) -> feedMode.set(switch (b) {
            case LIVE -> m.text("map.live");
            case POLLING -> m.text("map.polling");
            case STALE -> m.text("map.stale");
            case NONE, LOADING -> "";
        }));
        basket.holds().addListener((javafx.collections.ListChangeListener<HoldView>) c -> basketChanged());
        basket.onExpired(() -> {
            say(m.text("counter.expired"), true);
            notices.accept(new Notice(m.text("toast.expired"), true));
        });
        tendered.addListener((o, a, b) -> recomputeChange());
        busy = basket.busyProperty().or(payment.busyProperty());
        canHold = busy.not().and(live.eventProperty().isNotNull()).and(live.upToDateProperty());
        canPayCard = hold.isNotNull().and(busy.not()).and(live.upToDateProperty());
        canPayCash = canPayCard.and(drawer.isNotNull());
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

    public StringProperty tenderedProperty() {
        return tendered;
    }

    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public StringProperty cardNumberProperty() {
        return cardNumber;
    }

    /** Optional: printed on the receipt and found by the Orders tab's look-up. */
    public StringProperty customerNameProperty() {
        return customerName;
    }

    public StringProperty openingFloatProperty() {
        return openingFloat;
    }

    public ReadOnlyObjectProperty<CashSessionView> drawerProperty() {
        return drawer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrderView> lastOrderProperty() {
        return payment.orderProperty();
    }

    /** The last sale at a glance (order number, tickets, tender, change); cleared by the next action. */
    public ReadOnlyStringProperty saleSummaryProperty() {
        return saleSummary.getReadOnlyProperty();
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

    /** What the status line says about a seat: its label, tier, price and why it cannot be taken. */
    public String describe(Long seatId) {
        SeatView s = live.seat(seatId).orElse(null);
        if (s == null) {
            return "";
        }
        SeatState st = live.seats().get(seatId);
        boolean mine = basket.seats().contains(seatId);
        if (st == null && !mine) {
            return s.label() + " · " + m.text("seat.unknown");
        }
        String price = live.tier(s.tierCode()).map(t -> m.money(t.price(), live.eventProperty().get().currency())).orElse("");
        String why = mine ? m.text("seat.mine") : switch (st.status()) {
            case AVAILABLE -> m.text("seat.available");
            case HELD -> m.text("seat.held", st.holdExpiresAt() == null ? 0
                    : Math.max(0, Duration.between(java.time.Instant.now(), st.holdExpiresAt()).toSeconds()));
            case SOLD -> m.text("seat.sold");
            case BLOCKED -> m.text("seat.blocked");
        };
        return s.label() + " · " + s.tierCode() + " " + price + (s.accessible() ? " · " + m.text("seat.accessible") : "") + " · " + why
                + (watch.watched().isEmpty() ? "" : " · " + m.text("seat.watching",
                        String.join(", ", watch.watched().stream().map(this::label).sorted().toList())));
    }

    private String label(Long seatId) {
        return live.seat(seatId).map(SeatView::label).orElse(String.valueOf(seatId));
    }

    /** Something worth a notice in the corner: a sale made, a hold run out. */
    public record Notice(String text, boolean warning) {
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
        threads.call(api::currentCashSession).onSuccess(s -> drawer.set(s.orElse(null))).onFailure(this::failed).start();
    }

    public void holdSelection() {
        EventDetail e = live.eventProperty().get();
        if (e == null || !canHold.get()) {
            return;
        }
        HoldRequest request;
        List<SeatView> wanted;
        if (e.kind() == EventKind.GA) {
            TierView tier = gaTier.get();
            if (tier == null) {
                say(m.text("counter.chooseTier"), true);
                return;
            }
            request = HoldRequest.stock(tier.id(), Math.max(1, gaQuantity.get()));
            wanted = List.of();
        } else {
            if (selection.isEmpty()) {
                say(m.text("counter.chooseSeats"), true);
                return;
            }
            wanted = selection.stream().map(id -> live.seat(id).orElse(null)).filter(Objects::nonNull).toList();
            request = HoldRequest.seats(List.copyOf(selection));
        }
        newSale();
        basket.replaceWith(e.id(), request, h -> {
            selection.clear();
            say(m.text("counter.held", h.items().size()), false);
        }, err -> {
            if (err instanceof ApiException ae && ae.is(ErrorCode.SEAT_UNAVAILABLE) && !wanted.isEmpty()) {
                List<Long> instead = NearestSeats.instead(live.seatViews().values(), wanted,
                        id -> !basket.seats().contains(id) && live.status(id) == SeatStatus.AVAILABLE);
                selection.clear();
                selection.addAll(instead);
                say(m.text("counter.takenOffer", instead.size()), true);
            } else {
                failed(err);
            }
        });
    }

    /** GA: holds the chosen tier's quantity beside what the basket holds (another tier, paid as one order). */
    public void addToBasket() {
        EventDetail e = live.eventProperty().get();
        TierView tier = gaTier.get();
        if (e == null || e.kind() != EventKind.GA || !canHold.get()) {
            return;
        }
        if (tier == null) {
            say(m.text("counter.chooseTier"), true);
            return;
        }
        if (basket.isEmpty()) {
            newSale();
        }
        basket.add(e.id(), HoldRequest.stock(tier.id(), Math.max(1, gaQuantity.get())),
                h -> say(m.text("counter.added", h.items().size(), tier.name()), false), this::failed);
    }

    /** Starts or stops watching a seat for a customer (held elsewhere now; a notice comes when it frees). */
    public void toggleWatch(Long seatId) {
        if (seatId == null || live.seat(seatId).isEmpty()) {
            return;
        }
        say(m.text(watch.toggle(seatId) ? "counter.watching" : "counter.unwatched", label(seatId)), false);
    }

    /** Holds the best {@code quantity} seats of the chosen tier together in one row (reserved events). */
    public void holdBestAvailable() {
        EventDetail e = live.eventProperty().get();
        TierView tier = gaTier.get();
        if (e == null || !canHold.get()) {
            return;
        }
        if (tier == null) {
            say(m.text("counter.chooseTier"), true);
            return;
        }
        selection.clear();
        newSale();
        basket.replaceWith(e.id(), HoldRequest.bestAvailable(tier.id(), Math.max(1, gaQuantity.get()), false),
                h -> say(m.text("counter.held", h.items().size()), false), this::failed);
    }

    public void extendHold() {
        basket.extend(() -> say(m.text("counter.extended"), false), this::failed);
    }

    public void releaseHold() {
        selection.clear();
        if (basket.isEmpty() || busy.get()) {
            return;
        }
        basket.release(() -> say(m.text("counter.released"), false), this::failed);
    }

    public void payCash() {
        Long given = amount(tendered.get());
        if (basket.isEmpty()) {
            say(m.text("counter.nothingHeld"), true);
            return;
        }
        long total = basket.totalProperty().get();
        if (given == null || given < total) {
            say(m.text("counter.tenderTooLittle", m.money(total, basket.currency())), true);
            return;
        }
        pay(Payment.cash(given));
    }

    /** Cash for what the customer hands over (less than the total), the card for the rest. */
    public void paySplit() {
        Long given = amount(tendered.get());
        if (basket.isEmpty()) {
            say(m.text("counter.nothingHeld"), true);
            return;
        }
        long total = basket.totalProperty().get();
        if (given == null || given <= 0 || given >= total) {
            say(m.text("counter.splitHow", m.money(total, basket.currency())), true);
            return;
        }
        pay(Payment.split(total, given, cardNumber.get()));
    }

    public void payCard() {
        if (basket.isEmpty()) {
            say(m.text("counter.nothingHeld"), true);
            return;
        }
        pay(Payment.card(cardNumber.get()));
    }

    /** Every hold in the basket, one order. */
    private void pay(PaymentRequest request) {
        if (!canPayCard.get()) {
            return;
        }
        say(m.text("counter.paying"), false);
        payment.pay(List.copyOf(basket.holds()), request, customerName.get(), order -> {
            basket.sold();
            cardNumber.set("");
            tendered.set("");
            customerName.set("");
            Long back = payment.changeProperty().get();
            change.set(back == null ? "" : m.money(back, order.currency()));
            saleSummary.set(back == null
                    ? m.text("counter.saleSummaryCard", order.orderNo(), order.tickets().size(), m.money(order.total(), order.currency()),
                            payment.maskedCardProperty().get())
                    : m.text("counter.saleSummaryCash", order.orderNo(), order.tickets().size(), m.money(order.total(), order.currency()),
                            m.money(back, order.currency())));
            say(m.text("counter.sold", order.orderNo(), order.tickets().size()), false);
            notices.accept(new Notice(m.text("toast.sold", order.orderNo()), false));
        }, this::failed);
    }

    public void openDrawer() {
        Long amount = amount(openingFloat.get());
        if (amount == null) {
            say(m.text("counter.floatNeeded"), true);
            return;
        }
        threads.call(() -> api.openCashSession(amount)).onSuccess(s -> {
            drawer.set(s);
            openingFloat.set("");
            say(m.text("counter.drawerOpen", m.money(s.openingFloat(), currencyOrDefault())), false);
        }).onFailure(this::failed).start();
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
        change.set("");
        saleSummary.set("");
    }

    private void basketChanged() {
        HoldView first = basket.holds().isEmpty() ? null : basket.holds().get(0);
        hold.set(first);
        basketLines.setAll(BasketLines.of(basket.holds(), m));
        recomputeChange();
    }

    private void recomputeChange() {
        Long given = amount(tendered.get());
        if (basket.isEmpty() || given == null) {
            if (!basket.isEmpty()) {
                change.set("");
            }
            return;
        }
        long total = basket.totalProperty().get();
        String currency = basket.currency();
        change.set(given >= total ? m.money(given - total, currency) : m.text("counter.short", m.money(total - given, currency)));
    }

    private String currencyOrDefault() {
        EventDetail e = live.eventProperty().get();
        return e != null ? e.currency() : basket.currency() != null ? basket.currency() : dev.tiketi.model.common.HouseCurrency.CODE;
    }

    static Long amount(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[,\\s원₩]", "");
        if (digits.isEmpty() || !digits.matches("[0-9]{1,12}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    private void failed(Throwable e) {
        basket.forgetIfGone(e); // the basket must not show what the server no longer holds
        say(m.problem(e), true);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        basket.releaseAll();
        live.close();
    }
}
