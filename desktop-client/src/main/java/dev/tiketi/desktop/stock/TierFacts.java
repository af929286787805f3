package dev.tiketi.desktop.stock;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.TierView;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a stock bar shows of a tier besides its numbers: its name and its price in the event's currency. */
public record TierFacts(String name, long price, String currency) {

    /** The event's tiers by code, for {@link StockCounters}; a code the event does not list gives null. */
    public static Function<String, TierFacts> of(EventDetail event) {
        Map<String, TierFacts> byCode = event.tiers().stream()
                .collect(Collectors.toUnmodifiableMap(TierView::code, t -> new TierFacts(t.name(), t.price(), event.currency())));
        return byCode::get;
    }
}
