package dev.tiketi.model.sales;

import java.time.Instant;

/** A ticket; {@code code} is the QR payload checked at the door. seatId/seatLabel are null for GA. */
public record TicketView(long id, String code, long eventId, Long seatId, String seatLabel, long tierId,
                         String tierCode, String tierName, long price, TicketState state, Channel channel,
                         Instant createdAt) {
}
