package dev.tiketi.desktop.stock;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.TierAvailability;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.FlowPane;

/**
 * Per-tier stock, live: one {@link TierStockBar} per tier of {@code tiers} (a stock feed's list, changed on the
 * FX thread), in the list's order. A tier's bar stays the same node while its numbers change, so focus, screen
 * readers and layout do not jump with every sale; a tier that leaves the list loses its bar. Bars flow side by
 * side and wrap, so five tiers above a seat map take two short rows, not five tall ones.
 */
public final class StockCounters extends FlowPane {
    /** Wide enough for a tier's name, price and numbers; narrow enough for three abreast beside the basket. */
    private static final double BAR_WIDTH = 190;

    private final Messages m;
    private final ObservableList<TierAvailability> tiers;
    private final Function<String, TierFacts> facts;
    private final Map<String, TierStockBar> bars = new HashMap<>();
    private final ListChangeListener<TierAvailability> onChange = c -> sync();

    /** {@code facts}: a tier code's name and price (e.g. {@link TierFacts#of}); null shows the code and no price. */
    public StockCounters(Messages m, ObservableList<TierAvailability> tiers, Function<String, TierFacts> facts) {
        this.m = m;
        this.tiers = tiers;
        this.facts = facts;
        getStyleClass().add("stock-counters");
        setHgap(16);
        setVgap(6);
        tiers.addListener(new javafx.collections.WeakListChangeListener<>(onChange));
        sync();
    }

    /** The bar of a tier code, if the list has that tier. */
    public TierStockBar bar(String tierCode) {
        return bars.get(tierCode);
    }

    private void sync() {
        Map<String, TierStockBar> kept = new HashMap<>();
        List<TierStockBar> ordered = tiers.stream().map(t -> {
            TierStockBar bar = bars.computeIfAbsent(t.tierCode(), code -> {
                TierStockBar b = new TierStockBar(m);
                b.setPrefWidth(BAR_WIDTH);
                return b;
            });
            bar.factsProperty().set(facts.apply(t.tierCode()));
            if (!Objects.equals(bar.availabilityProperty().get(), t)) {
                bar.availabilityProperty().set(t);
            }
            kept.put(t.tierCode(), bar);
            return bar;
        }).toList();
        bars.keySet().retainAll(kept.keySet());
        if (!getChildren().equals(ordered)) {
            getChildren().setAll(ordered);
        }
    }
}
