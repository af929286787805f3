package dev.tiketi.model.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Create a venue, or replace one; the seats are generated from {@code sections}. {@code timeZone} is where the
 * venue is, as an IANA zone id ("Asia/Seoul"); tickets print show times in it. Left out: the server's zone.
 */
public record VenueRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 300) String address,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SectionSpec> sections,
        @Size(max = 64) String timeZone) {

    /** A venue in the server's zone. */
    public VenueRequest(String name, String address, List<SectionSpec> sections) {
        this(name, address, sections, null);
    }
}
