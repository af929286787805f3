package dev.tiketi.model.sales;

import java.time.Instant;

/** One line of the order look-up. */
public record OrderSummary(long id, String orderNo, long eventId, String eventName, OrderState state,
                           Channel channel, long total, String currency, String customerName, int tickets,
                           Instant createdAt) {
}
