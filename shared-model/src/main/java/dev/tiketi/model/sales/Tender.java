package dev.tiketi.model.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One way of paying part of an order. {@code amount} may be left out when it is the only tender (it is
 * then the whole total). CASH takes {@code tendered} (what the customer handed over; change is computed);
 * CARD takes {@code cardNumber}, which is sent to the payment terminal and never stored or logged.
 */
public record Tender(@NotNull TenderType type,
                     @Positive Long amount,
                     @PositiveOrZero Long tendered,
                     @Pattern(regexp = "[0-9]{12,19}", message = "must be 12 to 19 digits") String cardNumber) {

    public static Tender cash(long tendered) {
        return new Tender(TenderType.CASH, null, tendered, null);
    }

    public static Tender card(String number) {
        return new Tender(TenderType.CARD, null, null, number);
    }
}
