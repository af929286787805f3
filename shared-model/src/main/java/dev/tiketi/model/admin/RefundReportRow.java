package dev.tiketi.model.admin;

import dev.tiketi.model.sales.Channel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One refund: the tickets of an order refunded together, their value, and how the money went back (card and
 * cash parts; a free ticket has neither). {@code refundedBy} is the staff member's username, {@code terminal}
 * the terminal of the drawer it was paid from (null for a refund to card only, made without a drawer).
 */
public record RefundReportRow(long orderId, String orderNo, long eventId, String eventName, LocalDate day, Instant at,
                              Channel channel, int tickets, long amount, long cardAmount, long cashAmount, String refundedBy,
                              String terminal) {
}
