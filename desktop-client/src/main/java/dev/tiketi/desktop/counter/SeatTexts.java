package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.sales.SeatState;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** The seat information line: a seat's label, tier, price, whether it can be taken (and why not), the seats watched. */
final class SeatTexts {
    private final Messages m;
    private final LiveEvent live;
    private final Set<Long> mine;
    private final Set<Long> watched;

    SeatTexts(Messages m, LiveEvent live, Set<Long> mine, Set<Long> watched) {
        this.m = m;
        this.live = live;
        this.mine = mine;
        this.watched = watched;
    }

    String describe(Long seatId) {
        SeatView s = live.seat(seatId).orElse(null);
        if (s == null) {
            return "";
        }
        SeatState st = live.seats().get(seatId);
        boolean isMine = mine.contains(seatId);
        if (st == null && !isMine) {
            return s.label() + " · " + m.text("seat.unknown");
        }
        String price = live.tier(s.tierCode()).map(t -> m.money(t.price(), live.eventProperty().get().currency())).orElse("");
        String why = isMine ? m.text("seat.mine") : switch (st.status()) {
            case AVAILABLE -> m.text("seat.available");
            case HELD -> m.text("seat.held", st.holdExpiresAt() == null ? 0
                    : Math.max(0, Duration.between(Instant.now(), st.holdExpiresAt()).toSeconds()));
            case SOLD -> m.text("seat.sold");
            case BLOCKED -> m.text("seat.blocked");
        };
        return s.label() + " · " + s.tierCode() + " " + price + (s.accessible() ? " · " + m.text("seat.accessible") : "") + " · " + why
                + (watched.isEmpty() ? "" : " · " + m.text("seat.watching", String.join(", ", watched.stream().map(this::label).sorted().toList())));
    }

    /** A seat's label ("FLR-F-12"), or its id while the hall is not loaded. */
    String label(Long seatId) {
        return live.seat(seatId).map(SeatView::label).orElse(String.valueOf(seatId));
    }
}
