package dev.tiketi.model.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Refunds the listed tickets, or every valid ticket when {@code ticketIds} is empty or left out. */
public record RefundRequest(@Size(max = 100) List<@NotNull @Positive Long> ticketIds,
                            @Size(max = 200) String reason) {
}
