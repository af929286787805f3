package dev.tiketi.model.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One tender, or a split across CASH and CARD; the amounts must add up to the total exactly. */
public record PaymentRequest(@NotNull @Size(min = 1, max = 2) List<@NotNull @Valid Tender> tenders) {

    public static PaymentRequest of(Tender... tenders) {
        return new PaymentRequest(List.of(tenders));
    }
}
