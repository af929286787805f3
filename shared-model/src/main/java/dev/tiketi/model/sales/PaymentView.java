package dev.tiketi.model.sales;

import java.time.Instant;

/** A payment or refund of an order. {@code amount} is always positive; {@code refund} says which way. */
public record PaymentView(TenderType tender, boolean refund, long amount, Long tendered, Long change,
                          String cardLast4, Instant at) {
}
