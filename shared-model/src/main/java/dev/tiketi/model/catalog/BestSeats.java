package dev.tiketi.model.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks the best N seats the way a box-office clerk would: side by side in one row, never leaving a single
 * empty seat stranded at either end, as near the stage centre as possible; only if no row has N together,
 * the N usable seats nearest the stage. One rule for the server's holds and the seat map's preview of them,
 * so the terminal's cursor starts on the seats the server will give.
 *
 * <p>Rows are taken in the order section code, row label, seat number; within a row, runs of usable seats
 * with consecutive numbers (a taken, blocked or missing seat breaks a run).
 */
public final class BestSeats {

    /** What the rule needs of a seat. */
    public interface Place {
        long id();

        String section();

        String row();

        int number();

        double x();

        double y();
    }

    private BestSeats() {
    }

    /**
     * @param seats  every seat of the tier (taken ones included, so gaps and orphans are seen)
     * @param usable whether a seat may be given (free, not blocked, accessible exactly when asked for)
     */
    public static <S extends Place> List<S> choose(List<S> seats, Predicate<S> usable, int n, double stageX, double stageY) {
        List<List<S>> blocks = blocks(seats, usable, n, stageX, stageY, 1);
        return blocks.isEmpty() ? List.of() : blocks.get(0);
    }

    /**
     * Up to {@code max} disjoint blocks, best first: the blocks that {@code max} requests arriving one after
     * another would be given.
     */
    public static <S extends Place> List<List<S>> blocks(List<S> seats, Predicate<S> usable, int n, double stageX,
                                                         double stageY, int max) {
        Set<Long> given = new HashSet<>();
        Predicate<S> open = s -> usable.test(s) && !given.contains(s.id());
        Collection<List<S>> rows = rows(seats);
        List<List<S>> blocks = new ArrayList<>();
        while (blocks.size() < max) {
            List<S> block = best(rows, seats, open, n, stageX, stageY);
            if (block.isEmpty()) {
                break;
            }
            blocks.add(block);
            block.forEach(s -> given.add(s.id()));
        }
        return blocks;
    }

    private static <S extends Place> Collection<List<S>> rows(List<S> seats) {
        Map<String, List<S>> rows = new LinkedHashMap<>();
        seats.stream().sorted(Comparator.comparing((S s) -> s.section()).thenComparing(Place::row).thenComparingInt(Place::number))
                .forEach(s -> rows.computeIfAbsent(s.section() + "\u0000" + s.row(), k -> new ArrayList<>()).add(s));
        return rows.values();
    }

    private static <S extends Place> List<S> best(Collection<List<S>> rows, List<S> seats, Predicate<S> usable, int n,
                                                  double stageX, double stageY) {
        for (boolean avoidOrphans : new boolean[] {true, false}) {
            List<S> best = null;
            double bestScore = Double.MAX_VALUE;
            for (List<S> row : rows) {
                for (List<S> run : runs(row, usable)) {
                    for (int start = 0; start + n <= run.size(); start++) {
                        if (avoidOrphans && (start == 1 || run.size() - start - n == 1)) {
                            continue;
                        }
                        List<S> window = run.subList(start, start + n);
                        double score = distance(window, stageX, stageY);
                        if (score < bestScore - 1e-9) {
                            bestScore = score;
                            best = window;
                        }
                    }
                }
            }
            if (best != null) {
                return List.copyOf(best);
            }
        }
        List<S> nearest = seats.stream().filter(usable)
                .sorted(Comparator.comparingDouble((S s) -> Math.hypot(s.x() - stageX, s.y() - stageY)).thenComparingLong(Place::id))
                .limit(n).toList();
        return nearest.size() == n ? nearest : List.of();
    }

    private static <S extends Place> List<List<S>> runs(List<S> row, Predicate<S> usable) {
        List<List<S>> runs = new ArrayList<>();
        List<S> current = new ArrayList<>();
        S previous = null;
        for (S seat : row) {
            boolean adjacent = previous != null && seat.number() == previous.number() + 1;
            if (!usable.test(seat) || !adjacent) {
                if (!current.isEmpty()) {
                    runs.add(current);
                }
                current = new ArrayList<>();
            }
            if (usable.test(seat)) {
                current.add(seat);
            }
            previous = seat;
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static double distance(List<? extends Place> window, double stageX, double stageY) {
        double x = window.stream().mapToDouble(Place::x).average().orElse(0);
        double y = window.stream().mapToDouble(Place::y).average().orElse(0);
        return Math.hypot(x - stageX, y - stageY);
    }
}
