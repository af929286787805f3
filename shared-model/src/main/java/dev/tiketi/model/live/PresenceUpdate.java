package dev.tiketi.model.live;

/**
 * Who is watching an event, counted across every server: {@code terminals} is the number of distinct staff
 * and kiosk terminals (by their configured name), {@code viewers} the number of customer connections.
 */
public record PresenceUpdate(long eventId, int terminals, int viewers) {
}
