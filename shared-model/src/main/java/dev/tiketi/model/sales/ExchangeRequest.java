package dev.tiketi.model.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Moves one ticket to the single seat or unit of a hold the caller has taken (same or another event).
 * {@code payment} is needed only when the new ticket costs more; a cheaper one refunds the difference to
 * the original tender.
 */
public record ExchangeRequest(@NotNull @Positive Long ticketId,
                              @NotBlank @Size(max = 48) String holdId,
                              @Valid PaymentRequest payment) {
}
