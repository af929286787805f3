package dev.tiketi.model.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The float in the drawer when the clerk starts. */
public record CashSessionOpenRequest(@NotNull @PositiveOrZero @Max(1_000_000_000_000L) Long openingFloat) {
}
