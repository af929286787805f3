package dev.tiketi.desktop.sale;

import dev.tiketi.model.catalog.SeatView;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * When a seat a clerk or a kiosk customer chose is taken first, the seats to offer instead: free seats of the same tiers,
 * nearest to where the chosen ones were (same row counts first, then distance), as many as were chosen.
 */
public final class NearestSeats {
    private NearestSeats() {
    }

    public static List<Long> instead(Collection<SeatView> all, Collection<SeatView> wanted, LongPredicate free) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        double cx = wanted.stream().mapToDouble(SeatView::x).average().orElse(0);
        double cy = wanted.stream().mapToDouble(SeatView::y).average().orElse(0);
        Set<String> tiers = wanted.stream().map(SeatView::tierCode).collect(java.util.stream.Collectors.toSet());
        Set<String> rows = wanted.stream().map(SeatView::row).collect(java.util.stream.Collectors.toSet());
        return all.stream()
                .filter(s -> tiers.contains(s.tierCode()) && !s.blocked() && free.test(s.id()))
                .sorted(Comparator.<SeatView>comparingInt(s -> rows.contains(s.row()) ? 0 : 1)
                        .thenComparingDouble(s -> Math.hypot(s.x() - cx, s.y() - cy)))
                .limit(wanted.size())
                .map(SeatView::id)
                .toList();
    }
}
