package dev.tiketi.model.sales;

import java.time.Instant;
import java.util.List;

/**
 * An order with its tickets and payments. {@code total} is the value of its valid tickets plus what was
 * kept of refunded ones (nothing); {@code paid} is what was taken less what was given back. The order's
 * {@code eventId} is where it was first bought; after an exchange a ticket may be for another event.
 * venueName and timeZone are those of the order's event, as on {@link TicketView}.
 */
public record OrderView(long id, String orderNo, long eventId, String eventName, Instant eventStartsAt,
                        OrderState state, Channel channel, long total, long paid, String currency,
                        String customerName, Instant createdAt, List<TicketView> tickets,
                        List<PaymentView> payments, String venueName, String timeZone) {
}
