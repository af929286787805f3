package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldView;
import java.util.ArrayList;
import java.util.List;

/** What is held, in the customer's words: a line per seat, or one per GA tier with its count. */
final class BasketText {
    private BasketText() {
    }

    static List<String> lines(List<HoldView> holds, LiveEvent live, Messages m) {
        List<String> out = new ArrayList<>();
        for (HoldView h : holds) {
            List<HeldSeat> seats = h.items().stream().filter(i -> i.seatId() != null)
                    .sorted(java.util.Comparator.comparing(HeldSeat::label, java.util.Comparator.nullsLast(String::compareTo))).toList();
            for (HeldSeat s : seats) {
                out.add(m.text("kiosk.purchase.seatLine", s.label(), tierName(live, s.tierCode()), m.money(s.price(), h.currency())));
            }
            List<HeldSeat> units = h.items().stream().filter(i -> i.seatId() == null).toList();
            if (!units.isEmpty()) {
                long sum = units.stream().mapToLong(HeldSeat::price).sum();
                out.add(m.text("kiosk.purchase.gaLine", tierName(live, units.get(0).tierCode()), units.size(), m.money(sum, h.currency())));
            }
        }
        return out;
    }

    private static String tierName(LiveEvent live, String code) {
        return code == null ? "" : live.tier(code).map(TierView::name).orElse(code);
    }
}
