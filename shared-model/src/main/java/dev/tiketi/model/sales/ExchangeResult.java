package dev.tiketi.model.sales;

/**
 * The order after the exchange (the old ticket EXCHANGED, the new one VALID in the same order) and the
 * difference: positive was charged, negative was refunded to the original tender.
 */
public record ExchangeResult(OrderView order, TicketView newTicket, long difference) {
}
