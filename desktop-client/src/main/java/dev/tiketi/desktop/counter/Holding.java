package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.sale.Basket;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.sale.NearestSeats;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.SeatStatus;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.ObservableSet;

/** The counter's holds: the chosen seats or a GA quantity as the basket, another GA tier beside it, best available, extend, release. */
public final class Holding {
    private final LiveEvent live;
    private final Basket basket;
    private final ObservableSet<Long> selection;
    private final ObservableObjectValue<TierView> gaTier;
    private final ObservableIntegerValue gaQuantity;
    private final BooleanSupplier mayHold;
    private final BooleanSupplier busy;
    private final Runnable newSale;
    private final Checkout.Status status;
    private final Consumer<Throwable> failed;
    private final Messages m;

    Holding(LiveEvent live, Basket basket, ObservableSet<Long> selection, ObservableObjectValue<TierView> gaTier, ObservableIntegerValue gaQuantity,
            BooleanSupplier mayHold, BooleanSupplier busy, Runnable newSale, Checkout.Status status, Consumer<Throwable> failed, Messages m) {
        this.live = live;
        this.basket = basket;
        this.selection = selection;
        this.gaTier = gaTier;
        this.gaQuantity = gaQuantity;
        this.mayHold = mayHold;
        this.busy = busy;
        this.newSale = newSale;
        this.status = status;
        this.failed = failed;
        this.m = m;
    }

    /**
     * Holds the chosen seats (GA: the chosen tier's quantity) as the whole basket; if a chosen seat was just taken
     * elsewhere, the nearest free seats of the same tier are chosen instead.
     */
    public void holdSelection() {
        EventDetail e = live.eventProperty().get();
        if (e == null || !mayHold.getAsBoolean()) {
            return;
        }
        HoldRequest request;
        List<SeatView> wanted;
        if (e.kind() == EventKind.GA) {
            TierView tier = gaTier.get();
            if (tier == null) {
                status.say(m.text("counter.chooseTier"), true);
                return;
            }
            request = HoldRequest.stock(tier.id(), Math.max(1, gaQuantity.get()));
            wanted = List.of();
        } else {
            if (selection.isEmpty()) {
                status.say(m.text("counter.chooseSeats"), true);
                return;
            }
            wanted = selection.stream().map(id -> live.seat(id).orElse(null)).filter(Objects::nonNull).toList();
            request = HoldRequest.seats(List.copyOf(selection));
        }
        newSale.run();
        basket.replaceWith(e.id(), request, h -> {
            selection.clear();
            status.say(m.text("counter.held", h.items().size()), false);
        }, err -> {
            if (err instanceof ApiException ae && ae.is(ErrorCode.SEAT_UNAVAILABLE) && !wanted.isEmpty()) {
                List<Long> instead = NearestSeats.instead(live.seatViews().values(), wanted,
                        id -> !basket.seats().contains(id) && live.status(id) == SeatStatus.AVAILABLE);
                selection.clear();
                selection.addAll(instead);
                status.say(m.text("counter.takenOffer", instead.size()), true);
            } else {
                failed.accept(err);
            }
        });
    }

    /** GA: holds the chosen tier's quantity beside what the basket holds (another tier, paid as one order). */
    public void addToBasket() {
        EventDetail e = live.eventProperty().get();
        TierView tier = gaTier.get();
        if (e == null || e.kind() != EventKind.GA || !mayHold.getAsBoolean()) {
            return;
        }
        if (tier == null) {
            status.say(m.text("counter.chooseTier"), true);
            return;
        }
        if (basket.isEmpty()) {
            newSale.run();
        }
        basket.add(e.id(), HoldRequest.stock(tier.id(), Math.max(1, gaQuantity.get())),
                h -> status.say(m.text("counter.added", h.items().size(), tier.name()), false), failed);
    }

    /** Holds the best {@code quantity} seats of the chosen tier together in one row (reserved events). */
    public void holdBestAvailable() {
        EventDetail e = live.eventProperty().get();
        TierView tier = gaTier.get();
        if (e == null || !mayHold.getAsBoolean()) {
            return;
        }
        if (tier == null) {
            status.say(m.text("counter.chooseTier"), true);
            return;
        }
        selection.clear();
        newSale.run();
        basket.replaceWith(e.id(), HoldRequest.bestAvailable(tier.id(), Math.max(1, gaQuantity.get()), false),
                h -> status.say(m.text("counter.held", h.items().size()), false), failed);
    }

    /** Asks for more time on every hold of the basket. */
    public void extendHold() {
        basket.extend(() -> status.say(m.text("counter.extended"), false), failed);
    }

    /** Gives the basket back and clears the choice. */
    public void releaseHold() {
        selection.clear();
        if (basket.isEmpty() || busy.getAsBoolean()) {
            return;
        }
        basket.release(() -> status.say(m.text("counter.released"), false), failed);
    }
}
