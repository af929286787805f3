package dev.tiketi.server.inventory;

import dev.tiketi.model.sales.SeatState;
import java.util.List;

/**
 * Published (as a Spring application event) after every change to an event's seats or stock but a new hold (whose
 * script announces it on the live channel itself, see {@link Inventory}), with the version the change produced: the
 * live protocol turns it into pushes. {@code seats} lists changed seats of a reserved event; {@code stockChanged} is
 * set when GA stock moved.
 */
public record InventoryChanged(long eventId, long version, List<SeatState> seats, boolean stockChanged) {
}
