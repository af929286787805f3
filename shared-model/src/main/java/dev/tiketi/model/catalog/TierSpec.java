package dev.tiketi.model.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A tier of an event: for a reserved event its {@code code} matches the seats' tier codes of the venue;
 * for a GA event {@code capacity} is its stock. Prices are whole units of the event's currency.
 */
public record TierSpec(
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,32}") String code,
        @NotBlank @Size(max = 80) String name,
        @PositiveOrZero @Max(100_000_000) long price,
        @Min(1) @Max(1_000_000) Integer capacity) {
}
