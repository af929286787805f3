package dev.tiketi.server.holds;

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
 * Picks the best N free seats of a tier the way a box-office clerk would: side by side in one row, never
 * leaving a single empty seat stranded at either end, as near the stage centre as possible. Only if no row
 * has N together does it fall back to the nearest free seats. Accessible seats are offered only when asked
 * for, and then only they are. Pure, so it is unit-tested directly.
 */
final class BestAvailable {

    record Seat(long id, String label, String section, String row, int number, double x, double y,
                boolean accessible, boolean blocked, long tierId, String tierCode, long price) {
    }

    private BestAvailable() {
    }

    /**
     * @param seats every seat of the tier (taken ones included, so gaps and orphans are seen)
     * @param free  whether a seat is free now
     */
    static List<Seat> choose(List<Seat> seats, Predicate<Seat> free, int n, boolean accessible, double stageX, double stageY) {
        List<List<Seat>> blocks = blocks(seats, free, n, accessible, stageX, stageY, 1);
        return blocks.isEmpty() ? List.of() : blocks.get(0);
    }

    /**
     * Up to {@code max} disjoint blocks, best first: the blocks that {@code max} requests arriving one after
     * another would be given. Shoppers who looked at the same moment pass the same list and the hold script
     * gives each the first block still free, so a rush is served in the order a quiet sale would be, instead
     * of everyone fighting over the single best block.
     */
    static List<List<Seat>> blocks(List<Seat> seats, Predicate<Seat> free, int n, boolean accessible, double stageX,
                                   double stageY, int max) {
        Set<Long> given = new HashSet<>();
        Predicate<Seat> usable = s -> !s.blocked() && s.accessible() == accessible && free.test(s) && !given.contains(s.id());
        Collection<List<Seat>> rows = rows(seats);
        List<List<Seat>> blocks = new ArrayList<>();
        while (blocks.size() < max) {
            List<Seat> block = best(rows, seats, usable, n, stageX, stageY);
            if (block.isEmpty()) {
                break;
            }
            blocks.add(block);
            block.forEach(s -> given.add(s.id()));
        }
        return blocks;
    }

    private static Collection<List<Seat>> rows(List<Seat> seats) {
        Map<String, List<Seat>> rows = new LinkedHashMap<>();
        seats.stream().sorted(Comparator.comparing(Seat::section).thenComparing(Seat::row).thenComparingInt(Seat::number))
                .forEach(s -> rows.computeIfAbsent(s.section() + "\u0000" + s.row(), k -> new ArrayList<>()).add(s));
        return rows.values();
    }

    private static List<Seat> best(Collection<List<Seat>> rows, List<Seat> seats, Predicate<Seat> usable, int n,
                                   double stageX, double stageY) {
        for (boolean avoidOrphans : new boolean[] {true, false}) {
            List<Seat> best = null;
            double bestScore = Double.MAX_VALUE;
            for (List<Seat> row : rows) {
                for (List<Seat> run : runs(row, usable)) {
                    for (int start = 0; start + n <= run.size(); start++) {
                        int left = start;
                        int right = run.size() - start - n;
                        if (avoidOrphans && (left == 1 || right == 1)) {
                            continue;
                        }
                        List<Seat> window = run.subList(start, start + n);
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
        List<Seat> nearest = seats.stream().filter(usable)
                .sorted(Comparator.comparingDouble((Seat s) -> Math.hypot(s.x() - stageX, s.y() - stageY)).thenComparingLong(Seat::id))
                .limit(n).toList();
        return nearest.size() == n ? nearest : List.of();
    }

    /** Stretches of usable seats with consecutive numbers: a taken, blocked or missing seat breaks a run. */
    private static List<List<Seat>> runs(List<Seat> row, Predicate<Seat> usable) {
        List<List<Seat>> runs = new ArrayList<>();
        List<Seat> current = new ArrayList<>();
        Seat previous = null;
        for (Seat seat : row) {
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

    private static double distance(List<Seat> window, double stageX, double stageY) {
        double x = window.stream().mapToDouble(Seat::x).average().orElse(0);
        double y = window.stream().mapToDouble(Seat::y).average().orElse(0);
        return Math.hypot(x - stageX, y - stageY);
    }
}
