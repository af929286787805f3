package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.sale.Basket;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.sale.Payment;
import dev.tiketi.desktop.sale.SaleApi;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.SeatState;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * A kiosk customer's purchase, without a toolkit: the shared {@link LiveEvent}, {@link Basket} and {@link Payment}
 * put together the way a stranger at a touch screen buys. Seats (tapped, best available, or GA quantities) →
 * held, with a countdown that warns {@value #WARN_SECONDS} s before the end and extends with one tap → card
 * (declined, no answer, or a doubtful answer, each with its own way back; one idempotency key per attempt, so
 * a retry never charges twice) → tickets on screen and printed, and a countdown back to the start. Whatever
 * happens, {@link #abandon()} gives every hold back on the server. Driven by {@link #tick()} once a second.
 */
public final class PurchaseViewModel implements AutoCloseable {
    /** WCAG 2.2.1: warn before time runs out, with at least 20 s to ask for more by one simple action. */
    public static final int WARN_SECONDS = 30;
    /** How long the tickets stay on screen before the kiosk goes back to the start by itself. */
    public static final int DONE_SECONDS = 30;
    /** Tickets in one purchase when the event sets no lower limit. */
    static final int KIOSK_LIMIT = 10;

    private static final Set<PurchaseStep> HOLDING_STEPS =
            EnumSet.of(PurchaseStep.CARD, PurchaseStep.DECLINED, PurchaseStep.NO_ANSWER, PurchaseStep.PAY_FAILED);

    /** One GA tier and how many of it the customer wants. */
    public record TierQuantity(TierView tier, Stepper stepper) {
    }

    private final Messages m;
    private final Threads threads;
    private final long eventId;
    private final LiveEvent live;
    private final Basket basket;
    private final Payment payment;
    private final TicketPrinter printer;
    private final SeatChoice choice;
    private final ReadOnlyObjectWrapper<PurchaseStep> step = new ReadOnlyObjectWrapper<>(PurchaseStep.LOADING);
    private final ObjectProperty<TierView> bestTier = new SimpleObjectProperty<>();
    private final Stepper best = new Stepper(1, 2, KIOSK_LIMIT);
    private final ObservableList<TierQuantity> ga = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper gaCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper gaTotal = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeWarning = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canExtend = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper warningShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper warningNote = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SimulatedCard> card = new SimpleObjectProperty<>(SimulatedCard.APPROVED);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OrderView> order = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper printState = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper doneSecondsLeft = new ReadOnlyIntegerWrapper(DONE_SECONDS);
    private final BooleanBinding canHoldSelection;
    private final BooleanBinding canHoldBest;
    private final BooleanBinding canHoldGa;
    private Runnable finished = () -> { };
    private Runnable cancelled = () -> { };
    private boolean warningDismissed;
    private boolean retrySame;
    private SimulatedCard lastCard;
    private boolean ended;
    private boolean refreshingLimits;

    /**
     * {@code newKey}: where idempotency keys come from; {@code clock}: the hold countdown's (a test moves it).
     * Opens the event at once.
     */
    public PurchaseViewModel(SaleApi api, LiveFeeds feeds, Threads threads, Clock clock, Messages m, long eventId,
                             TicketPrinter printer, Supplier<String> newKey) {
        this.m = m;
        this.threads = threads;
        this.eventId = eventId;
        this.printer = printer;
        this.live = new LiveEvent(api, feeds, threads);
        this.basket = new Basket(api, threads, clock, WARN_SECONDS);
        this.payment = new Payment(api, threads, newKey);
        this.choice = new SeatChoice(live, basket.seats(), () -> basket.busyProperty().get(), this::limit, threads, m, this::say);
        live.onFailure(e -> say(m.problem(e), true));
        live.eventProperty().addListener((o, a, b) -> loaded(b));
        live.stock().addListener((ListChangeListener<TierAvailability>) c -> refreshLimits());
        bestTier.addListener((o, a, b) -> refreshLimits());
        basket.holds().addListener((ListChangeListener<HoldView>) c -> basketChanged());
        basket.warningProperty().addListener((o, a, b) -> refreshWarning());
        basket.onExpired(() -> {
            if (!ended) {
                backToSeats(m.text("kiosk.purchase.expired"));
            }
        });
        step.addListener((o, a, b) -> refreshWarning());
        BooleanBinding choosing = step.isEqualTo(PurchaseStep.SEATS).and(basket.busyProperty().not()).and(live.upToDateProperty());
        canHoldSelection = choosing.and(Bindings.isNotEmpty(choice.selection()));
        canHoldBest = choosing.and(bestTier.isNotNull()).and(best.maxProperty().greaterThanOrEqualTo(best.min()));
        canHoldGa = choosing.and(gaCount.greaterThan(0));
        live.open(eventId);
    }

    // --- state, read by the view ---

    public ReadOnlyObjectProperty<PurchaseStep> stepProperty() {
        return step.getReadOnlyProperty();
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

    public ObservableList<TierAvailability> stock() {
        return live.stock();
    }

    /** False while the seats on screen may not be the server's (nothing is held from a stale map). */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return live.upToDateProperty();
    }

    /** Seats tapped on the map, not held yet; bound both ways to the map's selection. */
    public ObservableSet<Long> selection() {
        return choice.selection();
    }

    /** This kiosk's held seats, for the map. */
    public ObservableSet<Long> mine() {
        return basket.seats();
    }

    public ReadOnlyStringProperty selectionSummaryProperty() {
        return choice.summaryProperty();
    }

    public ReadOnlyLongProperty selectionTotalProperty() {
        return choice.totalProperty();
    }

    /** The tier "best available" picks from. */
    public ObjectProperty<TierView> bestTierProperty() {
        return bestTier;
    }

    /** How many seats "best available" holds together. */
    public Stepper best() {
        return best;
    }

    /** GA: one stepper per tier, in the event's order. */
    public ObservableList<TierQuantity> ga() {
        return ga;
    }

    public ReadOnlyIntegerProperty gaCountProperty() {
        return gaCount.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty gaTotalProperty() {
        return gaTotal.getReadOnlyProperty();
    }

    /** What the customer is told on the seat screen (a seat taken, time ran out, a refusal); empty for nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeWarningProperty() {
        return noticeWarning.getReadOnlyProperty();
    }

    public BooleanBinding canHoldSelection() {
        return canHoldSelection;
    }

    public BooleanBinding canHoldBest() {
        return canHoldBest;
    }

    public BooleanBinding canHoldGa() {
        return canHoldGa;
    }

    /** A hold is being taken: the seat screen waits. */
    public ReadOnlyBooleanProperty holdingProperty() {
        return basket.busyProperty();
    }

    /** Nothing held: the hold timer hides. */
    public ReadOnlyBooleanProperty basketEmptyProperty() {
        return basket.emptyProperty();
    }

    /** What is held, a line per seat (or per GA tier). */
    public ObservableList<String> lines() {
        return lines;
    }

    public ReadOnlyLongProperty totalProperty() {
        return basket.totalProperty();
    }

    public String currency() {
        EventDetail e = live.eventProperty().get();
        return basket.currency() != null ? basket.currency() : e == null ? null : e.currency();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return basket.secondsLeftProperty();
    }

    /** The large "more time?" warning is up. */
    public ReadOnlyBooleanProperty warningShownProperty() {
        return warningShown.getReadOnlyProperty();
    }

    /** The hold can still be made longer (it is below its cap). */
    public ReadOnlyBooleanProperty canExtendProperty() {
        return canExtend.getReadOnlyProperty();
    }

    /** Why there is no more time, when there is not; else empty. */
    public ReadOnlyStringProperty warningNoteProperty() {
        return warningNote.getReadOnlyProperty();
    }

    /** The card the simulated terminal will read on a tap or an insert. */
    public ObjectProperty<SimulatedCard> cardProperty() {
        return card;
    }

    /** PAY_FAILED: what went wrong, and whether trying again is safe. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrderView> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** Printing, printed, saved, or the printer failed. */
    public ReadOnlyStringProperty printStateProperty() {
        return printState.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneSecondsLeftProperty() {
        return doneSecondsLeft.getReadOnlyProperty();
    }

    /** The idempotency key of the payment attempt in progress (tests and support). */
    public String attemptKey() {
        return payment.attemptKey();
    }

    public Messages messages() {
        return m;
    }

    /** Done pressed, or the countdown after the tickets ran out. */
    public void onFinished(Runnable r) {
        this.finished = r;
    }

    /** The customer backed out before paying (their holds are given back). */
    public void onCancelled(Runnable r) {
        this.cancelled = r;
    }

    // --- commands ---

    /** Holds the seats tapped on the map. */
    public void holdSelection() {
        if (!canHoldSelection.get()) {
            return;
        }
        say("", false);
        basket.replaceWith(eventId, HoldRequest.seats(List.copyOf(choice.selection())), h -> held(), e -> {
            if (ended) {
                return;
            }
            if (e instanceof ApiException ae && (ae.is(ErrorCode.SEAT_UNAVAILABLE) || ae.is(ErrorCode.SEAT_BLOCKED))) {
                choice.offerNearest();
            } else {
                say(m.problem(e), true);
            }
        });
    }

    /** Holds the best {@code best()} seats of the chosen tier together. */
    public void holdBest() {
        if (!canHoldBest.get()) {
            return;
        }
        say("", false);
        basket.replaceWith(eventId, HoldRequest.bestAvailable(bestTier.get().id(), best.value(), false), h -> held(), this::holdRefused);
    }

    /** GA: holds every tier's quantity, all or none. */
    public void holdGa() {
        if (!canHoldGa.get()) {
            return;
        }
        say("", false);
        List<HoldRequest> requests = ga.stream().filter(q -> q.stepper().value() > 0)
                .map(q -> HoldRequest.stock(q.tier().id(), q.stepper().value())).toList();
        basket.replaceWithAll(eventId, requests, hs -> held(), this::holdRefused);
    }

    /** Back from the card screen to choose other seats: what was held is given back. */
    public void changeSeats() {
        if (!HOLDING_STEPS.contains(step.get()) || payment.busyProperty().get()) {
            return;
        }
        basket.releaseAll();
        backToSeats("");
    }

    /** A tap or an insert of the chosen card. */
    public void pay() {
        if (step.get() != PurchaseStep.CARD || basket.isEmpty() || payment.busyProperty().get()) {
            return;
        }
        send(card.get());
    }

    /** After a decline, no answer or a failure: back to the card (or, when the answer was in doubt, the same payment again). */
    public void tryAgain() {
        PurchaseStep now = step.get();
        if (now == PurchaseStep.PAY_FAILED && retrySame && lastCard != null && !basket.isEmpty()) {
            send(lastCard); // the same holds paid the same way: the same key, so never a second charge
        } else if (now == PurchaseStep.DECLINED || now == PurchaseStep.NO_ANSWER || now == PurchaseStep.PAY_FAILED) {
            step.set(PurchaseStep.CARD);
        }
    }

    /** One tap for more time on every hold, up to their cap. */
    public void extend() {
        if (basket.isEmpty() || !canExtend.get()) {
            return;
        }
        basket.extend(() -> {
            warningDismissed = false;
            refreshWarning();
        }, e -> {
            if (ended) {
                return;
            }
            if (e instanceof ApiException ae && ae.is(ErrorCode.HOLD_EXTENSION_LIMIT)) {
                canExtend.set(false);
                warningNote.set(m.text("kiosk.purchase.atCap"));
            } else if (e instanceof ApiException ae && (ae.is(ErrorCode.HOLD_EXPIRED) || ae.is(ErrorCode.HOLD_NOT_FOUND))) {
                basket.forgetIfGone(e);
                backToSeats(m.text("kiosk.purchase.expired"));
            } else {
                warningNote.set(m.problem(e));
            }
        });
    }

    /** "No, I am nearly done": the warning goes until the time is up. */
    public void dismissWarning() {
        warningDismissed = true;
        refreshWarning();
    }

    /** The customer backs out before paying: the holds are given back, and the kiosk returns to its start. */
    public void cancel() {
        if (ended || step.get() == PurchaseStep.PAYING || step.get() == PurchaseStep.TICKETS) {
            return;
        }
        ended = true;
        basket.releaseAll();
        step.set(PurchaseStep.ENDED);
        cancelled.run();
    }

    /** Done with the tickets. */
    public void done() {
        if (step.get() == PurchaseStep.TICKETS) {
            finish();
        }
    }

    /** One second passed: the hold's countdown (not while a payment decides it) or the tickets' countdown. */
    public void tick() {
        if (ended) {
            return;
        }
        if (step.get() == PurchaseStep.TICKETS) {
            doneSecondsLeft.set(doneSecondsLeft.get() - 1);
            if (doneSecondsLeft.get() <= 0) {
                finish();
            }
        } else if (!payment.busyProperty().get()) {
            basket.tick(); // the server keeps a hold being paid for; the countdown must not drop it meanwhile
        }
    }

    /**
     * The customer walked away: every hold is given back on the server, and whatever is on its way is stopped
     * where it can be (a hold that arrives later is given back too; a payment already at the terminal ends
     * as it ends, and if it took the money the tickets are still printed). Safe at any time, and twice.
     */
    public void abandon() {
        if (!ended) {
            ended = true;
            step.set(PurchaseStep.ENDED);
        }
        if (!payment.busyProperty().get()) {
            basket.releaseAll(); // while paying, the server keeps the holds for the payment: its answer releases them
        }
    }

    @Override
    public void close() {
        abandon();
        live.close();
    }

    // --- inner workings ---

    private int limit() {
        EventDetail e = live.eventProperty().get();
        return e == null || e.perCustomerLimit() <= 0 ? KIOSK_LIMIT : Math.min(KIOSK_LIMIT, e.perCustomerLimit());
    }

    private void loaded(EventDetail e) {
        if (e == null) {
            return;
        }
        List<TierView> tiers = e.tiers();
        bestTier.set(tiers.stream().filter(t -> live.stockOf(t.code()).map(a -> a.available() > 0).orElse(true)).findFirst()
                .orElse(tiers.isEmpty() ? null : tiers.get(0)));
        if (e.kind() == EventKind.GA) {
            ga.setAll(tiers.stream().map(t -> {
                TierQuantity q = new TierQuantity(t, new Stepper(0, 0, 0));
                q.stepper().valueProperty().addListener((o, a, b) -> refreshLimits());
                return q;
            }).toList());
        }
        choice.refresh();
        refreshLimits();
        if (step.get() == PurchaseStep.LOADING) {
            step.set(PurchaseStep.SEATS);
        }
    }

    private int available(TierView tier) {
        // before the first stock count, let the server say what is left
        return live.stockOf(tier.code()).map(TierAvailability::available).orElse(limit());
    }

    private void refreshLimits() {
        if (refreshingLimits) {
            return; // a maximum that pulled a value down calls back here: the loop below sees it
        }
        refreshingLimits = true;
        try {
            TierView tier = bestTier.get();
            best.setMax(tier == null ? 0 : Math.min(limit(), available(tier)));
            int before;
            int count = ga.stream().mapToInt(q -> q.stepper().value()).sum();
            do {
                before = count;
                for (TierQuantity q : ga) {
                    q.stepper().setMax(Math.min(available(q.tier()), limit() - (count - q.stepper().value())));
                }
                count = ga.stream().mapToInt(q -> q.stepper().value()).sum();
            } while (count != before); // a tier pulled down leaves room for the others
        } finally {
            refreshingLimits = false;
        }
        gaCount.set(ga.stream().mapToInt(q -> q.stepper().value()).sum());
        gaTotal.set(ga.stream().mapToLong(q -> q.stepper().value() * q.tier().price()).sum());
    }

    private void held() {
        if (ended) {
            basket.releaseAll(); // abandoned while the hold was on its way
            return;
        }
        choice.selection().clear();
        ga.forEach(q -> q.stepper().reset());
        warningDismissed = false;
        say("", false);
        step.set(PurchaseStep.CARD);
    }

    private void holdRefused(Throwable e) {
        if (!ended) {
            say(m.problem(e), true);
        }
    }

    private void send(SimulatedCard c) {
        lastCard = c;
        retrySame = false;
        step.set(PurchaseStep.PAYING);
        payment.pay(List.copyOf(basket.holds()), Payment.card(c.number()), null, this::paid, this::payFailed);
    }

    private void paid(OrderView o) {
        basket.sold();
        order.set(o);
        printState.set(m.text("kiosk.purchase.printing"));
        threads.call(() -> printer.print(o)).onSuccess(p -> printState.set(p.onPaper()
                ? m.text("kiosk.purchase.printed") : m.text("kiosk.purchase.savedPdf", p.where())))
                .onFailure(e -> printState.set(m.text("kiosk.purchase.printFailed", o.orderNo()))).start();
        if (!ended) { // abandoned while paying: the money was taken, so the tickets above still print
            doneSecondsLeft.set(DONE_SECONDS);
            step.set(PurchaseStep.TICKETS);
        }
    }

    private void payFailed(Throwable e) {
        if (ended) {
            basket.releaseAll();
            return;
        }
        ErrorCode code = e instanceof ApiException ae ? ae.error().orElse(null) : null;
        if (code == ErrorCode.PAYMENT_DECLINED) {
            step.set(PurchaseStep.DECLINED);
        } else if (code == ErrorCode.PAYMENT_TERMINAL_TIMEOUT) {
            step.set(PurchaseStep.NO_ANSWER);
        } else if (code == ErrorCode.HOLD_EXPIRED || code == ErrorCode.HOLD_NOT_FOUND) {
            basket.forgetIfGone(e);
            backToSeats(m.text("kiosk.purchase.expired"));
        } else if (code == ErrorCode.SEAT_ALREADY_SOLD || code == ErrorCode.SOLD_OUT) {
            basket.releaseAll(); // the server let go of what it could not sell; nothing was charged
            backToSeats(m.problem(e));
        } else {
            retrySame = doubtful(e, code);
            failure.set(retrySame ? m.text("kiosk.purchase.unsureText") : m.problem(e));
            step.set(PurchaseStep.PAY_FAILED);
        }
    }

    /** No clear answer: the order may exist, so only the same request (same key) may be sent again. */
    private static boolean doubtful(Throwable e, ErrorCode code) {
        if (!(e instanceof ApiException ae)) {
            return true;
        }
        return ae.unreachable() || code == null || ae.status() >= 500 || code == ErrorCode.REQUEST_IN_PROGRESS;
    }

    private void backToSeats(String text) {
        choice.selection().clear();
        step.set(PurchaseStep.SEATS);
        say(text, !text.isEmpty());
    }

    private void finish() {
        if (ended) {
            return;
        }
        ended = true;
        step.set(PurchaseStep.ENDED);
        finished.run();
    }

    private void basketChanged() {
        lines.setAll(BasketText.lines(basket.holds(), live, m));
        // the server's cap: once every hold is at its latest, asking again would only be refused
        canExtend.set(!basket.isEmpty() && basket.holds().stream()
                .allMatch(h -> h.expiresAt() != null && h.maxExpiresAt() != null && h.expiresAt().isBefore(h.maxExpiresAt().minusSeconds(1))));
        warningNote.set(canExtend.get() || basket.isEmpty() ? "" : m.text("kiosk.purchase.atCap"));
        refreshWarning();
    }

    private void refreshWarning() {
        if (!basket.warningProperty().get()) {
            warningDismissed = false;
        }
        warningShown.set(basket.warningProperty().get() && !basket.isEmpty() && HOLDING_STEPS.contains(step.get()) && !warningDismissed);
    }

    private void say(String text, boolean warning) {
        notice.set(text);
        noticeWarning.set(warning);
    }
}
