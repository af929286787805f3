package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.BestSeats;

/**
 * A seat of an event's venue as selling needs it: label, position, flags, and its tier and price in this event
 * ({@code tierId} 0 and price 0 when the event prices no tier of that code: such a seat cannot be sold).
 */
public record LayoutSeat(long id, String label, String section, String row, int number, double x, double y,
                         boolean accessible, boolean blocked, long tierId, String tierCode, long price) implements BestSeats.Place {
    public boolean priced() {
        return tierId != 0;
    }
}
