package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Public reads of venues. */
@Service
class VenueCatalog {
    private final VenueLayouts venues;

    VenueCatalog(VenueLayouts venues) {
        this.venues = venues;
    }

    /** One snapshot for the layout's several queries, so a regeneration committing meanwhile cannot tear it. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    VenueLayout layout(long id) {
        return venues.layout(id).orElseThrow(() -> new ApiException(ErrorCode.VENUE_NOT_FOUND));
    }
}
