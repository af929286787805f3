package dev.tiketi.model.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Buys a live hold of the caller's. Send with an {@code Idempotency-Key} header. */
public record OrderRequest(@NotBlank @Size(max = 48) String holdId,
                           @NotNull @Valid PaymentRequest payment,
                           @Size(max = 100) String customerName) {
}
