package dev.tiketi.model.sales;

import java.time.Instant;

/**
 * A ticket; {@code code} is the QR payload checked at the door. seatId/seatLabel are null for GA. The event
 * is the ticket's own: after an exchange it may differ from the order's.
 */
public record TicketView(long id, String code, long eventId, String eventName, Instant eventStartsAt, Long seatId, String seatLabel, long tierId,
                         String tierCode, String tierName, long price, TicketState state, Channel channel,
                         Instant createdAt) {
}
