package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.sale.NearestSeats;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The seats a kiosk customer has tapped, not held yet: never more than one purchase may hold, summed up in
 * words and money, and kept honest while other buyers move: a chosen seat someone else takes is explained
 * and swapped for the nearest free seat like it.
 */
final class SeatChoice {
    /** What the customer is told: a sentence, and whether it is bad news. */
    interface Say {
        void say(String text, boolean warning);
    }

    private final LiveEvent live;
    private final ObservableSet<Long> mine;
    private final BooleanSupplier holding;
    private final IntSupplier limit;
    private final Threads threads;
    private final Messages m;
    private final Say say;
    private final ObservableSet<Long> selection = FXCollections.observableSet();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();

    /**
     * {@code holding}: a hold of this kiosk is on its way (its own seats turning HELD are not someone else's);
     * {@code limit}: how many tickets one purchase may hold.
     */
    SeatChoice(LiveEvent live, ObservableSet<Long> mine, BooleanSupplier holding, IntSupplier limit, Threads threads, Messages m, Say say) {
        this.live = live;
        this.mine = mine;
        this.holding = holding;
        this.limit = limit;
        this.threads = threads;
        this.m = m;
        this.say = say;
        live.seats().addListener((MapChangeListener<Long, SeatState>) c -> {
            if (c.wasAdded()) {
                seatChanged(c.getKey(), c.getValueAdded());
            }
        });
        selection.addListener((SetChangeListener<Long>) c -> {
            if (c.wasAdded() && selection.size() > limit.getAsInt()) {
                Long extra = c.getElementAdded();
                // not from inside the change: the seat map's selection is bound to this set and must hear it too
                threads.fx().execute(() -> selection.remove(extra));
                say.say(m.text("kiosk.purchase.limit", limit.getAsInt()), true);
            }
            summarise();
        });
    }

    /** Seat ids chosen on the map (bound to the map's selection). */
    ObservableSet<Long> selection() {
        return selection;
    }

    /** "2 seats: FLR-A-3, FLR-A-4", or that none is chosen. */
    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the chosen seats cost together. */
    ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    List<SeatView> chosen() {
        return selection.stream().map(id -> live.seat(id).orElse(null)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(SeatView::label)).toList();
    }

    /**
     * The hold was refused because a chosen seat was taken first: the nearest free seats like them are chosen
     * instead, and the customer is told; returns how many are offered.
     */
    int offerNearest() {
        List<SeatView> wanted = chosen();
        // the chosen seats still free count as candidates: only the taken one needs replacing
        List<Long> instead = NearestSeats.instead(live.seatViews().values(), wanted,
                id -> !mine.contains(id) && live.status(id) == SeatStatus.AVAILABLE);
        selection.clear();
        selection.addAll(instead);
        say.say(instead.isEmpty() ? m.text("kiosk.purchase.takenGone") : m.text("kiosk.purchase.takenOffer", instead.size()), true);
        return instead.size();
    }

    private void seatChanged(long seatId, SeatState state) {
        if (state.status() == SeatStatus.AVAILABLE || !selection.contains(seatId) || holding.getAsBoolean()) {
            return; // while this kiosk's own hold is on its way its seats turn HELD: the hold's answer decides
        }
        selection.remove(seatId);
        String taken = label(seatId);
        List<Long> instead = live.seat(seatId).map(s -> NearestSeats.instead(live.seatViews().values(), List.of(s), this::free))
                .orElse(List.of());
        selection.addAll(instead);
        say.say(instead.isEmpty() ? m.text("kiosk.purchase.takenNone", taken)
                : m.text("kiosk.purchase.takenInstead", taken, label(instead.get(0))), true);
    }

    private boolean free(long seatId) {
        return !selection.contains(seatId) && !mine.contains(seatId) && live.status(seatId) == SeatStatus.AVAILABLE;
    }

    private String label(long seatId) {
        return live.seat(seatId).map(SeatView::label).orElse("?");
    }

    private void summarise() {
        List<SeatView> seats = chosen();
        total.set(seats.stream().mapToLong(s -> live.tier(s.tierCode()).map(TierView::price).orElse(0L)).sum());
        summary.set(seats.isEmpty() ? m.text("kiosk.purchase.noSeatsChosen")
                : m.text("kiosk.purchase.chosen", seats.size(), String.join(", ", seats.stream().map(SeatView::label).toList())));
    }

    /** The event's tiers (so the prices) arrived: sum up again. */
    void refresh() {
        summarise();
    }
}
