package dev.tiketi.model.admin;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One exchange: a ticket given back ({@code from...}) for a new one ({@code to...}) in the same order;
 * {@code difference} = toPrice - fromPrice (charged when positive, refunded when negative). Seats are labels,
 * GA tickets their tier code.
 */
public record ExchangeReportRow(long orderId, String orderNo, LocalDate day, Instant at, long fromTicketId, long fromEventId,
                                String fromEvent, String fromSeat, long fromPrice, long toTicketId, long toEventId,
                                String toEvent, String toSeat, long toPrice, long difference) {
}
