package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.model.live.SalesFigures;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures at one moment, summed by channel and by tier: one point of each line of the dashboard's charts.
 * The server sends the present only; the history is what this terminal saw since the event was opened.
 */
public record SalesSample(Instant at, Map<String, Integer> soldBy, Map<String, Long> revenueBy) {

    /** The figures summed by {@code breakdown} (channel names, or tier codes), keys in a stable order. */
    public static SalesSample of(SalesFigures figures, Breakdown breakdown) {
        Map<String, Integer> sold = new TreeMap<>();
        Map<String, Long> revenue = new TreeMap<>();
        for (SalesFigures.SalesFigure f : figures.byChannelAndTier()) {
            String key = breakdown == Breakdown.CHANNEL ? f.channel().name() : f.tierCode();
            sold.merge(key, f.sold(), Integer::sum);
            revenue.merge(key, f.revenue(), Long::sum);
        }
        return new SalesSample(figures.at(), Map.copyOf(sold), Map.copyOf(revenue));
    }

    /** How the charts split the sales. */
    public enum Breakdown { CHANNEL, TIER }
}
