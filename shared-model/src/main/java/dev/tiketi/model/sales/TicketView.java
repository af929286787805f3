package dev.tiketi.model.sales;

import java.time.Instant;

/**
 * A ticket; {@code code} is the QR payload checked at the door. seatId/seatLabel are null for GA. The event
 * is the ticket's own: after an exchange it may differ from the order's. venueName is null for a GA event
 * without a venue; timeZone is the IANA zone the event is timed in (its venue's, else the server's).
 */
public record TicketView(long id, String code, long eventId, String eventName, Instant eventStartsAt, Long seatId, String seatLabel, long tierId,
                         String tierCode, String tierName, long price, TicketState state, Channel channel,
                         Instant createdAt, String venueName, String timeZone) {
}
