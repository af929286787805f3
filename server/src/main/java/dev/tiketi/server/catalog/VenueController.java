package dev.tiketi.server.catalog;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.catalog.VenueLayout;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class VenueController {
    private final VenueCatalog venues;

    VenueController(VenueCatalog venues) {
        this.venues = venues;
    }

    @Operation(summary = "Sections, rows and seats with labels, tiers, flags and drawing coordinates.")
    @GetMapping(ApiPaths.VENUE_LAYOUT)
    VenueLayout layout(@PathVariable @Positive long id) {
        return venues.layout(id);
    }
}
