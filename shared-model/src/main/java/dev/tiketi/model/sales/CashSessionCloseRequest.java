package dev.tiketi.model.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The cash the clerk counted in the drawer at the end. */
public record CashSessionCloseRequest(@NotNull @PositiveOrZero @Max(1_000_000_000_000L) Long countedCash) {
}
