package dev.tiketi.server.holds;

import dev.tiketi.model.catalog.BestSeats;
import dev.tiketi.server.catalog.LayoutSeat;
import java.util.List;
import java.util.function.Predicate;

/**
 * The hold's side of the best-available rule ({@link BestSeats}, shared with the seat map's preview): blocked
 * seats never count, accessible seats are offered only when asked for, and then only they are.
 */
final class BestAvailable {

    private BestAvailable() {
    }

    /**
     * @param seats every seat of the tier (taken ones included, so gaps and orphans are seen)
     * @param free  whether a seat is free now
     */
    static List<LayoutSeat> choose(List<LayoutSeat> seats, Predicate<LayoutSeat> free, int n, boolean accessible, double stageX, double stageY) {
        return BestSeats.choose(seats, usable(free, accessible), n, stageX, stageY);
    }

    /**
     * Up to {@code max} disjoint blocks, best first: the blocks that {@code max} requests arriving one after
     * another would be given. Shoppers who looked at the same moment pass the same list and the hold script
     * gives each the first block still free, so a rush is served in the order a quiet sale would be, instead
     * of everyone fighting over the single best block.
     */
    static List<List<LayoutSeat>> blocks(List<LayoutSeat> seats, Predicate<LayoutSeat> free, int n, boolean accessible, double stageX,
                                   double stageY, int max) {
        return BestSeats.blocks(seats, usable(free, accessible), n, stageX, stageY, max);
    }

    private static Predicate<LayoutSeat> usable(Predicate<LayoutSeat> free, boolean accessible) {
        return s -> !s.blocked() && s.accessible() == accessible && free.test(s);
    }
}
