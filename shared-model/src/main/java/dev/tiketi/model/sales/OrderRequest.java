package dev.tiketi.model.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Buys live holds of the caller's as one order. Send with an {@code Idempotency-Key} header. Name the holds
 * either as {@code holdId} (one hold, as clients always have) or as {@code holdIds} (1 to {@value #MAX_HOLDS}
 * distinct holds of one event, bought all or none), never both: the server answers ORDER_HOLDS_INVALID.
 */
public record OrderRequest(@Size(max = 48) String holdId,
                           @NotNull @Valid PaymentRequest payment,
                           @Size(max = 100) String customerName,
                           List<@Size(max = 48) String> holdIds) {
    public static final int MAX_HOLDS = 20;

    /** One hold, the form every client sent before baskets of several holds. */
    public OrderRequest(String holdId, PaymentRequest payment, String customerName) {
        this(holdId, payment, customerName, null);
    }

    /** Several holds of one event, paid together as one order. */
    public static OrderRequest ofHolds(List<String> holdIds, PaymentRequest payment, String customerName) {
        return new OrderRequest(null, payment, customerName, holdIds == null ? null : List.copyOf(holdIds));
    }
}
