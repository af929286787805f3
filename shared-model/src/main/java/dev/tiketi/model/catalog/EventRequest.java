package dev.tiketi.model.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Create or update an event. A RESERVED event names its venue, and needs a tier for every tier code its
 * seats use. A GA event gives each tier a capacity; its venue is optional (for the address).
 * Optional numbers fall back to the defaults: hold 5 minutes, at most 20 in all, 10 tickets a customer.
 */
public record EventRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull EventKind kind,
        @Positive Long venueId,
        @NotNull Instant startsAt,
        @NotNull Instant saleOpensAt,
        @NotNull Instant saleClosesAt,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid TierSpec> tiers,
        @Min(1) @Max(60) Integer holdMinutes,
        @Min(1) @Max(240) Integer maxHoldMinutes,
        @Min(1) @Max(100) Integer perCustomerLimit,
        @Pattern(regexp = "[A-Z]{3}") String currency) {
}
