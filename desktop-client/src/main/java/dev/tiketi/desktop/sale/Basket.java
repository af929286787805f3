package dev.tiketi.desktop.sale;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * What a customer is about to buy: one or several holds of one event, their countdown, extend and release.
 * A new hold that replaces the basket lets the old holds go only once it is safe, so a seat taken meanwhile
 * never costs the customer the seats they had. The countdown is driven by {@link #tick()} (each second on
 * the terminal; by hand in a test, with the clock it was given).
 */
public final class Basket {
    private final SaleApi api;
    private final Threads threads;
    private final Clock clock;
    private final int warnSeconds;
    private final ObservableList<HoldView> holds = FXCollections.observableArrayList();
    private final ObservableList<HoldView> holdsView = FXCollections.unmodifiableObservableList(holds);
    private final ObservableSet<Long> seats = FXCollections.observableSet();
    private final ObservableSet<Long> seatsView = FXCollections.unmodifiableObservableSet(seats);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private Runnable onExpired = () -> { };

    public Basket(SaleApi api, Threads threads, Clock clock, int warnSeconds) {
        this.api = api;
        this.threads = threads;
        this.clock = clock;
        this.warnSeconds = warnSeconds;
        holds.addListener((javafx.collections.ListChangeListener<HoldView>) c -> changed());
    }

    public ObservableList<HoldView> holds() {
        return holdsView;
    }

    /** The held seats' ids (reserved events), for the map's "mine". */
    public ObservableSet<Long> seats() {
        return seatsView;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Seconds until the first hold in the basket lapses; 0 when empty. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return holds.isEmpty();
    }

    public List<HeldSeat> items() {
        return holds.stream().flatMap(h -> h.items().stream()).toList();
    }

    public String currency() {
        return holds.isEmpty() ? null : holds.get(0).currency();
    }

    /** Called when the server lets a hold go by itself (time ran out). */
    public void onExpired(Runnable handler) {
        this.onExpired = handler;
    }

    /** Holds {@code request} and makes it the whole basket. */
    public void replaceWith(long eventId, HoldRequest request, Consumer<HoldView> held, Consumer<Throwable> failed) {
        take(eventId, request, true, held, failed);
    }

    /**
     * Holds every request (several tiers of a GA event, say) and makes them the whole basket, all or none: if one
     * is refused, those already taken are given back and the basket keeps what it had.
     */
    public void replaceWithAll(long eventId, List<HoldRequest> requests, Consumer<List<HoldView>> held, Consumer<Throwable> failed) {
        if (busy.get() || requests.isEmpty()) {
            return;
        }
        List<HoldView> previous = List.copyOf(holds);
        busy.set(true);
        threads.call(() -> {
            List<HoldView> taken = new ArrayList<>();
            try {
                for (HoldRequest request : requests) {
                    taken.add(api.hold(eventId, request));
                }
            } catch (RuntimeException e) {
                taken.forEach(this::releaseQuietly);
                throw e;
            }
            previous.forEach(this::releaseQuietly);
            return List.copyOf(taken);
        }).onSuccess(taken -> {
            holds.removeAll(previous);
            holds.addAll(taken);
            held.accept(taken);
        }).onFailure(failed).always(() -> busy.set(false)).start();
    }

    /** Holds {@code request} beside what the basket has (another tier of a GA event, say). */
    public void add(long eventId, HoldRequest request, Consumer<HoldView> held, Consumer<Throwable> failed) {
        take(eventId, request, false, held, failed);
    }

    private void take(long eventId, HoldRequest request, boolean replace, Consumer<HoldView> held, Consumer<Throwable> failed) {
        if (busy.get()) {
            return;
        }
        List<HoldView> previous = replace ? List.copyOf(holds) : List.of();
        busy.set(true);
        threads.call(() -> {
            HoldView next = api.hold(eventId, request);
            previous.forEach(this::releaseQuietly);
            return next;
        }).onSuccess(h -> {
            holds.removeAll(previous);
            holds.add(h);
            held.accept(h);
        }).onFailure(failed).always(() -> busy.set(false)).start();
    }

    /** Asks the server for more time on every hold (within its cap). */
    public void extend(Runnable extended, Consumer<Throwable> failed) {
        if (holds.isEmpty() || busy.get()) {
            return;
        }
        List<HoldView> now = List.copyOf(holds);
        threads.call(() -> now.stream().map(h -> api.extend(h.holdId())).toList()).onSuccess(longer -> {
            for (HoldView x : longer) {
                for (int i = 0; i < holds.size(); i++) {
                    if (holds.get(i).holdId().equals(x.holdId())) {
                        holds.set(i, x); // only holds still in the basket (not released or sold meanwhile)
                    }
                }
            }
            extended.run();
        }).onFailure(failed).start();
    }

    /** Gives every hold back (the seats free at once for everyone). */
    public void release(Runnable released, Consumer<Throwable> failed) {
        if (holds.isEmpty() || busy.get()) {
            return;
        }
        List<HoldView> now = List.copyOf(holds);
        holds.clear();
        threads.call(() -> {
            now.forEach(h -> api.release(h.holdId()));
            return null;
        }).onSuccess(x -> released.run()).onFailure(failed).start();
    }

    /** Releases every hold without waiting or reporting (sign-out, closing the terminal). */
    public void releaseAll() {
        List<HoldView> now = List.copyOf(holds);
        holds.clear();
        if (!now.isEmpty()) {
            threads.call(() -> {
                now.forEach(this::releaseQuietly);
                return null;
            }).start();
        }
    }

    /** The holds became an order: nothing is held any more. */
    public void sold() {
        holds.clear();
    }

    /** The server no longer has this hold (it expired or was released elsewhere): it must not show. */
    public void forget(String holdId) {
        holds.removeIf(h -> h.holdId().equals(holdId));
    }

    /** The server said a hold is gone: drop whichever holds it may have meant. */
    public void forgetIfGone(Throwable failure) {
        if (failure instanceof ApiException e && e.error().map(c -> switch (c) {
            case HOLD_EXPIRED, HOLD_NOT_FOUND -> true;
            default -> false;
        }).orElse(false)) {
            holds.clear();
        }
    }

    public void tick() {
        if (holds.isEmpty()) {
            secondsLeft.set(0);
            warning.set(false);
            return;
        }
        Instant first = holds.stream().map(HoldView::expiresAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        int left = first == null ? 0 : (int) Math.max(0, Duration.between(clock.instant(), first).toSeconds());
        secondsLeft.set(left);
        warning.set(left <= warnSeconds);
        if (left <= 0) {
            holds.clear();
            onExpired.run();
        }
    }

    private void changed() {
        empty.set(holds.isEmpty());
        total.set(holds.stream().mapToLong(HoldView::total).sum());
        List<Long> ids = new ArrayList<>();
        holds.forEach(h -> h.items().stream().map(HeldSeat::seatId).filter(Objects::nonNull).forEach(ids::add));
        seats.retainAll(ids);
        seats.addAll(ids);
        tick();
    }

    private void releaseQuietly(HoldView h) {
        try {
            api.release(h.holdId());
        } catch (ApiException ignored) {
            // expired or gone already: either way it no longer holds anything
        }
    }
}
