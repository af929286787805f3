package dev.tiketi.model.live;

import dev.tiketi.model.sales.SeatState;
import java.util.List;

/**
 * Seats of a reserved event that changed in the change that produced {@code version}. Apply it on top of a
 * snapshot only if {@code version} is the next one; a higher one means something was missed: reload the
 * snapshot. {@code resync} says the same without a change (the server lost its pub/sub link for a moment,
 * or an admin changed the event): reload.
 */
public record SeatsUpdate(long eventId, long version, boolean resync, List<SeatState> seats) {
}
