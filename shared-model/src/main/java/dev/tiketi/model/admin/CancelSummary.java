package dev.tiketi.model.admin;

/**
 * What cancelling the event would touch now: orders with a valid ticket, those tickets (seats and GA), their
 * money and how refunding all of it would go back ({@code toCards} to the cards that paid, {@code inCash} from
 * the drawer of the admin's terminal), in whole units of {@code currency}.
 */
public record CancelSummary(long eventId, String eventName, int orders, int tickets, int seats, int gaTickets,
                            long amount, long toCards, long inCash, String currency) {
}
