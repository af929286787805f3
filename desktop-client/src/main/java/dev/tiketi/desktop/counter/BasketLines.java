package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The basket as the clerk reads it: every held seat or ticket of every hold, then a subtotal per tier. */
final class BasketLines {
    private BasketLines() {
    }

    /** Each item, then per-tier subtotals when the basket holds more than one item (across all its holds). */
    static List<String> of(List<HoldView> holds, Messages m) {
        List<String> lines = new ArrayList<>();
        Map<String, long[]> perTier = new LinkedHashMap<>();
        String currency = holds.isEmpty() ? null : holds.get(0).currency();
        for (HoldView h : holds) {
            for (HeldSeat i : h.items()) {
                lines.add((i.label() != null ? i.label() + " · " + i.tierCode() : i.tierCode()) + "   " + m.money(i.price(), currency));
                long[] t = perTier.computeIfAbsent(i.tierCode(), k -> new long[2]);
                t[0]++;
                t[1] += i.price();
            }
        }
        if (lines.size() > 1) {
            perTier.forEach((tier, t) -> lines.add(m.text("counter.tierTotal", tier, t[0], m.money(t[1], currency))));
        }
        return lines;
    }
}
