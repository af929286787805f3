package dev.tiketi.model.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Create a venue, or replace one; the seats are generated from {@code sections}. */
public record VenueRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 300) String address,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SectionSpec> sections) {
}
