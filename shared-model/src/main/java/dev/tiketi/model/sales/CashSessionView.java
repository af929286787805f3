package dev.tiketi.model.sales;

import java.time.Instant;

public record CashSessionView(long id, long clerkId, String terminal, Instant openedAt, long openingFloat,
                              Instant closedAt, Long countedCash) {
}
