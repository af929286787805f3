package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.model.admin.SalesHistory;
import dev.tiketi.model.live.SalesFigures;
import dev.tiketi.model.sales.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sales so far at one moment, summed by channel or by tier: one point of each line of the dashboard's charts.
 * The points come from the server's history (one per time bucket since the first sale), then from each push.
 */
public record SalesSample(Instant at, Map<String, Integer> soldBy, Map<String, Long> revenueBy) {

    /** A point of the history split by {@code breakdown} (channel names, or tier codes), keys in a stable order. */
    public static SalesSample of(SalesHistory.Point point, Breakdown breakdown) {
        Map<String, Integer> sold = new TreeMap<>();
        Map<String, Long> revenue = new TreeMap<>();
        if (breakdown == Breakdown.CHANNEL) {
            point.byChannel().forEach(c -> {
                sold.put(c.channel().name(), c.sold());
                revenue.put(c.channel().name(), c.revenue());
            });
        } else {
            point.byTier().forEach(t -> {
                sold.put(t.tierCode(), t.sold());
                revenue.put(t.tierCode(), t.revenue());
            });
        }
        return new SalesSample(point.at(), Map.copyOf(sold), Map.copyOf(revenue));
    }

    /** Pushed figures as a point of the history: the same sums the server makes for each bucket. */
    public static SalesHistory.Point point(SalesFigures figures) {
        Map<Channel, long[]> byChannel = new TreeMap<>();
        Map<String, long[]> byTier = new TreeMap<>();
        for (SalesFigures.SalesFigure f : figures.byChannelAndTier()) {
            add(byChannel.computeIfAbsent(f.channel(), k -> new long[2]), f);
            add(byTier.computeIfAbsent(f.tierCode(), k -> new long[2]), f);
        }
        List<SalesHistory.ByChannel> channels = byChannel.entrySet().stream()
                .map(e -> new SalesHistory.ByChannel(e.getKey(), (int) e.getValue()[0], e.getValue()[1])).toList();
        List<SalesHistory.ByTier> tiers = byTier.entrySet().stream()
                .map(e -> new SalesHistory.ByTier(e.getKey(), (int) e.getValue()[0], e.getValue()[1])).toList();
        return new SalesHistory.Point(figures.at(), figures.sold(), figures.revenue(), channels, tiers);
    }

    private static void add(long[] sums, SalesFigures.SalesFigure f) {
        sums[0] += f.sold();
        sums[1] += f.revenue();
    }

    /** How the charts split the sales. */
    public enum Breakdown { CHANNEL, TIER }
}
