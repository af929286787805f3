package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.ui.Background;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Printers;
import dev.tiketi.live.Feed;
import dev.tiketi.live.SeatFeed;
import dev.tiketi.live.StockFeed;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.CashSessionView;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.Tender;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The counter: pick an event, choose seats on the live map (or a GA quantity), hold them, take cash or a
 * card, print. Every server call runs in the background; every property changes on the FX thread.
 */
public final class CounterViewModel implements AutoCloseable {
    /** Warn the clerk when the hold has this little left. */
    public static final int WARN_SECONDS = 60;

    private final Session session;
    private final ApiClient api;
    private final Messages m;
    private final Clock clock;
    private final Duration pollEvery;
    private final ObservableList<EventSummary> events = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<EventSummary> selectedEvent = new SimpleObjectProperty<>();
    private final ObjectProperty<EventDetail> event = new SimpleObjectProperty<>();
    private final ObjectProperty<VenueLayout> layout = new SimpleObjectProperty<>();
    private final ObservableMap<Long, SeatState> seats = FXCollections.observableHashMap();
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ObservableSet<Long> mine = FXCollections.observableSet();
    private final ObservableList<TierAvailability> stock = FXCollections.observableArrayList();
    private final ObjectProperty<TierView> gaTier = new SimpleObjectProperty<>();
    private final IntegerProperty gaQuantity = new SimpleIntegerProperty(1);
    private final ObjectProperty<HoldView> hold = new SimpleObjectProperty<>();
    private final ObservableList<String> basket = FXCollections.observableArrayList();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper holdWarning = new ReadOnlyBooleanWrapper();
    private final StringProperty tendered = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final StringProperty cardNumber = new SimpleStringProperty("");
    private final StringProperty openingFloat = new SimpleStringProperty("");
    private final ObjectProperty<CashSessionView> drawer = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderView> lastOrder = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper feedMode = new ReadOnlyStringWrapper("");
    private final StringProperty printer = new SimpleStringProperty("");
    private final Timeline countdown;
    private final Map<String, String> payKeys = new HashMap<>();
    private long generation;
    private SeatFeed seatFeed;
    private StockFeed stockFeed;
    private Map<Long, SeatView> seatViews = Map.of();
    private boolean seatSyncQueued;

    public CounterViewModel(Session session, Clock clock, Duration pollEvery) {
        this.session = session;
        this.api = session.api();
        this.m = session.messages();
        this.clock = clock;
        this.pollEvery = pollEvery;
        selectedEvent.addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                open(b); // a reloaded list gives the same event as a new object: nothing to reopen
            }
        });
        tendered.addListener((o, a, b) -> recomputeChange());
        hold.addListener((o, a, b) -> {
            recomputeChange();
            basket.setAll(b == null ? List.of() : basketLines(b));
            mine.clear();
            if (b != null) {
                b.items().stream().map(HeldSeat::seatId).filter(Objects::nonNull).forEach(mine::add);
            }
            tick();
        });
        countdown = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        countdown.setCycleCount(Timeline.INDEFINITE);
        countdown.play();
    }

    // --- state, read by the view ---

    public ObservableList<EventSummary> events() {
        return events;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<EventSummary> selectedEventProperty() {
        return selectedEvent;
    }

    public ObjectProperty<EventDetail> eventProperty() {
        return event;
    }

    public ObjectProperty<VenueLayout> layoutProperty() {
        return layout;
    }

    public ObservableMap<Long, SeatState> seats() {
        return seats;
    }

    public ObservableSet<Long> selection() {
        return selection;
    }

    public ObservableSet<Long> mine() {
        return mine;
    }

    public ObservableList<TierAvailability> stock() {
        return stock;
    }

    public ObjectProperty<TierView> gaTierProperty() {
        return gaTier;
    }

    public IntegerProperty gaQuantityProperty() {
        return gaQuantity;
    }

    public ObjectProperty<HoldView> holdProperty() {
        return hold;
    }

    public ObservableList<String> basket() {
        return basket;
    }

    public IntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    public ReadOnlyBooleanWrapper holdWarningProperty() {
        return holdWarning;
    }

    public StringProperty tenderedProperty() {
        return tendered;
    }

    public ReadOnlyStringWrapper changeProperty() {
        return change;
    }

    public StringProperty cardNumberProperty() {
        return cardNumber;
    }

    public StringProperty openingFloatProperty() {
        return openingFloat;
    }

    public ObjectProperty<CashSessionView> drawerProperty() {
        return drawer;
    }

    public ObjectProperty<OrderView> lastOrderProperty() {
        return lastOrder;
    }

    public ReadOnlyStringWrapper messageProperty() {
        return message;
    }

    public ReadOnlyBooleanWrapper errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringWrapper feedModeProperty() {
        return feedMode;
    }

    public Messages messages() {
        return m;
    }

    /** What the status line says about a seat: its label, tier, price and why it cannot be taken. */
    public String describe(Long seatId) {
        if (seatId == null || !seatViews.containsKey(seatId)) {
            return "";
        }
        SeatView s = seatViews.get(seatId);
        SeatState st = seats.get(seatId);
        if (st == null && !mine.contains(seatId)) {
            return s.label() + " · " + m.text("seat.unknown");
        }
        SeatStatus status = st == null ? SeatStatus.HELD : st.status();
        String price = event.get() == null ? "" : event.get().tiers().stream().filter(t -> t.code().equals(s.tierCode()))
                .findFirst().map(t -> m.money(t.price(), event.get().currency())).orElse("");
        String why = mine.contains(seatId) ? m.text("seat.mine") : switch (status) {
            case AVAILABLE -> m.text("seat.available");
            case HELD -> m.text("seat.held", secondsUntil(st.holdExpiresAt()));
            case SOLD -> m.text("seat.sold");
            case BLOCKED -> m.text("seat.blocked");
        };
        return s.label() + " · " + s.tierCode() + " " + price + (s.accessible() ? " · " + m.text("seat.accessible") : "") + " · " + why;
    }

    // --- commands ---

    public void loadEvents() {
        String text = search.get();
        Background.run(() -> api.events(text).items()).onSuccess(list -> {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
            List<EventSummary> sorted = new ArrayList<>(list.stream().filter(e -> e.status() != null
                    && (e.status().name().equals("ON_SALE") || e.status().name().equals("UPCOMING"))).toList());
            // today's shows first, then by start
            sorted.sort(Comparator.<EventSummary>comparingInt(e -> e.startsAt().atZone(ZoneId.systemDefault()).toLocalDate()
                    .equals(today) ? 0 : 1).thenComparing(EventSummary::startsAt));
            EventSummary chosen = selectedEvent.get();
            keepingChoice = true;
            try {
                events.setAll(sorted);
            } finally {
                keepingChoice = false;
            }
            if (chosen != null) {
                // replacing the list clears its selection: the clerk's event stays chosen
                sorted.stream().filter(e -> e.id() == chosen.id()).findFirst().ifPresent(reselect);
            }
        }).onFailure(this::failed).start();
        refreshDrawer();
    }

    /** Whether the list is being replaced (its selection then flickers to nothing; that is not the clerk). */
    private boolean keepingChoice;
    private java.util.function.Consumer<EventSummary> reselect = e -> { };

    /** The view selects an event in its list through this after a reload. */
    public void onReselect(java.util.function.Consumer<EventSummary> action) {
        this.reselect = action;
    }

    /** True while the event list is being replaced; the view ignores the selection's flicker then. */
    public boolean keepingChoice() {
        return keepingChoice;
    }

    /** Reads whether this clerk's drawer is open (after a cash-up on another tab, for one). */
    public void refreshDrawer() {
        Background.run(api::currentCashSession).onSuccess(s -> drawer.set(s.orElse(null))).onFailure(this::failed).start();
    }

    public void holdSelection() {
        EventDetail e = event.get();
        if (e == null || busy.get()) {
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
            wanted = selection.stream().map(seatViews::get).filter(Objects::nonNull).toList();
            request = HoldRequest.seats(List.copyOf(selection));
        }
        HoldView previous = hold.get();
        busy.set(true);
        // One basket per sale: the new hold replaces the old one, which is let go only once the new one is
        // safe, so a seat taken meanwhile never costs the customer the seats they had.
        Background.run(() -> {
            HoldView next = api.hold(e.id(), request);
            releaseQuietly(previous);
            return next;
        }).onSuccess(h -> {
            hold.set(h);
            selection.clear();
            say(m.text("counter.held", h.items().size()), false);
        }).onFailure(err -> {
            if (err instanceof ApiException ae && ae.code().equals("SEAT_UNAVAILABLE") && !wanted.isEmpty()) {
                List<Long> instead = NearestSeats.instead(seatViews.values(), wanted,
                        id -> !mine.contains(id) && statusOf(id) == SeatStatus.AVAILABLE);
                selection.clear();
                selection.addAll(instead);
                say(m.text("counter.takenOffer", instead.size()), true);
            } else {
                failed(err);
            }
        }).always(() -> busy.set(false)).start();
    }

    /** Holds the best {@code quantity} seats of the chosen tier together in one row (reserved events). */
    public void holdBestAvailable() {
        EventDetail e = event.get();
        TierView tier = gaTier.get();
        if (e == null || busy.get()) {
            return;
        }
        if (tier == null) {
            say(m.text("counter.chooseTier"), true);
            return;
        }
        selection.clear();
        HoldView previous = hold.get();
        busy.set(true);
        Background.run(() -> {
            HoldView next = api.hold(e.id(), HoldRequest.bestAvailable(tier.id(), Math.max(1, gaQuantity.get()), false));
            releaseQuietly(previous);
            return next;
        }).onSuccess(h -> {
            hold.set(h);
            say(m.text("counter.held", h.items().size()), false);
        }).onFailure(this::failed).always(() -> busy.set(false)).start();
    }

    private void releaseQuietly(HoldView previous) {
        if (previous != null) {
            try {
                api.release(previous.holdId());
            } catch (ApiException ignored) {
                // expired or gone already: either way it no longer holds anything
            }
        }
    }

    public void extendHold() {
        HoldView h = hold.get();
        if (h == null || busy.get()) {
            return;
        }
        Background.run(() -> api.extend(h.holdId())).onSuccess(x -> {
            // only if it is still the basket (not released, replaced or sold meanwhile)
            if (hold.get() != null && hold.get().holdId().equals(x.holdId())) {
                hold.set(x);
                say(m.text("counter.extended"), false);
            }
        }).onFailure(this::failed).start();
    }

    public void releaseHold() {
        HoldView h = hold.get();
        selection.clear();
        if (h == null || busy.get()) {
            return;
        }
        hold.set(null);
        Background.run(() -> {
            api.release(h.holdId());
            return null;
        }).onSuccess(x -> say(m.text("counter.released"), false)).onFailure(this::failed).start();
    }

    public void payCash() {
        HoldView h = hold.get();
        Long given = amount(tendered.get());
        if (h == null) {
            say(m.text("counter.nothingHeld"), true);
            return;
        }
        if (given == null || given < h.total()) {
            say(m.text("counter.tenderTooLittle", m.money(h.total(), h.currency())), true);
            return;
        }
        pay(h, PaymentRequest.of(Tender.cash(given)));
    }

    /** Cash for what the customer hands over (less than the total), the card for the rest. */
    public void paySplit() {
        HoldView h = hold.get();
        Long given = amount(tendered.get());
        if (h == null) {
            say(m.text("counter.nothingHeld"), true);
            return;
        }
        if (given == null || given <= 0 || given >= h.total()) {
            say(m.text("counter.splitHow", m.money(h.total(), h.currency())), true);
            return;
        }
        String number = cardNumber.get() == null ? "" : cardNumber.get().replaceAll("[\\s-]", "");
        pay(h, new PaymentRequest(List.of(new Tender(dev.tiketi.model.sales.TenderType.CASH, given, given, null),
                new Tender(dev.tiketi.model.sales.TenderType.CARD, h.total() - given, null, number))));
    }

    public void payCard() {
        HoldView h = hold.get();
        if (h == null) {
            say(m.text("counter.nothingHeld"), true);
            return;
        }
        String number = cardNumber.get() == null ? "" : cardNumber.get().replaceAll("[\\s-]", "");
        pay(h, PaymentRequest.of(Tender.card(number)));
    }

    private void pay(HoldView h, PaymentRequest payment) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        // One key per hold and way of paying: pressing pay again after a time-out repeats the same request,
        // so the server answers with the order it may already have made instead of charging twice.
        String key = payKeys.computeIfAbsent(h.holdId() + "/" + payment.hashCode(), k -> ApiClient.newIdempotencyKey());
        Background.run(() -> api.buy(h.holdId(), payment, null, key)).onSuccess(order -> {
            lastOrder.set(order);
            hold.set(null);
            payKeys.clear();
            cardNumber.set("");
            long back = order.payments().stream().filter(p -> !p.refund() && p.change() != null).mapToLong(p -> p.change()).sum();
            boolean cash = payment.tenders().stream().anyMatch(t -> t.type().name().equals("CASH"));
            tendered.set("");
            change.set(cash ? m.money(back, order.currency()) : "");
            say(m.text("counter.sold", order.orderNo(), order.tickets().size()), false);
        }).onFailure(this::failed).always(() -> busy.set(false)).start();
    }

    public void openDrawer() {
        Long amount = amount(openingFloat.get());
        if (amount == null) {
            say(m.text("counter.floatNeeded"), true);
            return;
        }
        Background.run(() -> api.openCashSession(amount)).onSuccess(s -> {
            drawer.set(s);
            openingFloat.set("");
            say(m.text("counter.drawerOpen", m.money(s.openingFloat(), "KRW")), false);
        }).onFailure(this::failed).start();
    }

    /**
     * Prints the last order's tickets and receipt on the chosen printer, or, with none chosen (or it is
     * gone), saves the PDF in {@code folder}.
     */
    public void printLast(Path folder) {
        OrderView order = lastOrder.get();
        if (order == null) {
            say(m.text("counter.nothingToPrint"), true);
            return;
        }
        String printerName = printer.get();
        Background.run(() -> Printers.printOrSave(printerName, api.ticketsPdf(order.id()), order.orderNo(), folder, order.orderNo() + ".pdf")).onSuccess(where -> say(m.text("counter.printed", where), false)).onFailure(this::failed).start();
    }

    /** The printer chosen for this terminal (remembered); empty saves PDFs. */
    public StringProperty printerProperty() {
        return printer;
    }

    // --- the live event ---

    private void open(EventSummary summary) {
        long mine = ++generation;
        closeFeeds();
        selection.clear();
        seats.clear();
        stock.clear();
        layout.set(null);
        event.set(null);
        seatViews = Map.of();
        if (summary == null) {
            return;
        }
        long id = summary.id();
        Background.run(() -> {
            EventDetail detail = api.event(id);
            VenueLayout venue = detail.kind() == EventKind.RESERVED && detail.venue() != null ? api.layout(detail.venue().id()) : null;
            return new Object[] {detail, venue};
        }).onSuccess(r -> {
            EventDetail detail = (EventDetail) r[0];
            if (mine != generation) {
                return; // the clerk moved on meanwhile (or came back: a newer load is on its way)
            }
            closeFeeds();
            event.set(detail);
            gaTier.set(detail.tiers().isEmpty() ? null : detail.tiers().get(0));
            VenueLayout venue = (VenueLayout) r[1];
            if (venue != null) {
                Map<Long, SeatView> views = new HashMap<>();
                venue.sections().forEach(s -> s.rows().forEach(row -> row.seats().forEach(seat -> views.put(seat.id(), seat))));
                seatViews = views;
                layout.set(venue);
                seatFeed = new SeatFeed(session.live(), id, () -> api.seats(id), pollEvery);
                seatFeed.onChange(f -> queueSeatSync());
                seatFeed.start();
            }
            stockFeed = new StockFeed(session.live(), id, () -> api.stock(id), pollEvery);
            stockFeed.onChange(f -> Platform.runLater(this::syncStock));
            stockFeed.start();
        }).onFailure(this::failed).start();
    }

    /** Many pushes in a burst become one copy into the map on the next FX pulse. */
    private void queueSeatSync() {
        synchronized (this) {
            if (seatSyncQueued) {
                return;
            }
            seatSyncQueued = true;
        }
        Platform.runLater(() -> {
            synchronized (this) {
                seatSyncQueued = false;
            }
            SeatFeed f = seatFeed;
            if (f == null) {
                return;
            }
            Map<Long, SeatState> now = f.seats();
            seats.keySet().retainAll(now.keySet());
            now.forEach((k, v) -> {
                if (!v.equals(seats.get(k))) {
                    seats.put(k, v);
                }
            });
            feedMode.set(f.version() < 0 ? m.text("map.stale") : f.mode() == Feed.Mode.LIVE ? m.text("map.live") : m.text("map.polling"));
        });
    }

    private void syncStock() {
        StockFeed f = stockFeed;
        if (f != null && f.stock() != null) {
            stock.setAll(f.stock().tiers());
        }
    }

    private SeatStatus statusOf(long id) {
        SeatState s = seats.get(id);
        return s == null ? SeatStatus.AVAILABLE : s.status();
    }

    private void tick() {
        HoldView h = hold.get();
        if (h == null) {
            secondsLeft.set(0);
            holdWarning.set(false);
            return;
        }
        int left = (int) secondsUntil(h.expiresAt());
        secondsLeft.set(left);
        holdWarning.set(left <= WARN_SECONDS);
        if (left <= 0) {
            hold.set(null);
            say(m.text("counter.expired"), true);
        }
    }

    private long secondsUntil(Instant at) {
        return at == null ? 0 : Math.max(0, Duration.between(clock.instant(), at).toSeconds());
    }

    private void recomputeChange() {
        HoldView h = hold.get();
        Long given = amount(tendered.get());
        if (h == null || given == null) {
            if (h != null) {
                change.set("");
            }
            return;
        }
        change.set(given >= h.total() ? m.money(given - h.total(), h.currency()) : m.text("counter.short", m.money(h.total() - given, h.currency())));
    }

    /** Each held seat, then a subtotal per tier when the basket mixes tiers or holds several of one. */
    private List<String> basketLines(HoldView h) {
        List<String> lines = new ArrayList<>(h.items().stream().map(this::line).toList());
        Map<String, long[]> perTier = new java.util.LinkedHashMap<>();
        h.items().forEach(i -> {
            long[] t = perTier.computeIfAbsent(i.tierCode(), k -> new long[2]);
            t[0]++;
            t[1] += i.price();
        });
        if (h.items().size() > 1) {
            perTier.forEach((tier, t) -> lines.add(m.text("counter.tierTotal", tier, t[0], m.money(t[1], h.currency()))));
        }
        return lines;
    }

    private String line(HeldSeat item) {
        String what = item.label() != null ? item.label() + " · " + item.tierCode() : item.tierCode();
        return what + "   " + m.money(item.price(), hold.get() == null ? "KRW" : hold.get().currency());
    }

    private static Long amount(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[,\\s원]", "");
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
        if (e instanceof ApiException ae && (ae.code().equals("HOLD_EXPIRED") || ae.code().equals("HOLD_NOT_FOUND"))) {
            hold.set(null); // the basket must not show what the server no longer holds
        }
        say(m.problem(e), true);
    }

    private void closeFeeds() {
        if (seatFeed != null) {
            seatFeed.close();
            seatFeed = null;
        }
        if (stockFeed != null) {
            stockFeed.close();
            stockFeed = null;
        }
    }

    @Override
    public void close() {
        countdown.stop();
        closeFeeds();
    }
}
