package dev.tiketi.model.sales;

import java.time.Instant;
import java.util.List;

/**
 * A cash session's reckoning. expectedCash = openingFloat + cash taken - change given - cash refunded;
 * variance = countedCash - expectedCash (negative: the drawer is short). counted and variance are null
 * while the session is open.
 */
public record CashReport(long sessionId, long clerkId, String clerkName, String terminal, Instant openedAt,
                         Instant closedAt, long openingFloat, long expectedCash, Long countedCash, Long variance,
                         List<TenderTotals> byTender, int orders, int ticketsSold, int ticketsRefunded,
                         int voids, int reprints) {
}
