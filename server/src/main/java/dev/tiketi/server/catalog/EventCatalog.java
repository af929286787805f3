package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.InventorySnapshots;
import java.util.Optional;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the event catalog: what the counter, the kiosk and the online shop list and show. */
@Service
public class EventCatalog {
    private final EventQueries events;
    private final VenueLayouts venues;
    private final InventorySnapshots snapshots;
    private final SaleTermsCache terms;
    private final Clock clock;

    EventCatalog(EventQueries events, VenueLayouts venues, InventorySnapshots snapshots, SaleTermsCache terms, Clock clock) {
        this.terms = terms;
        this.events = events;
        this.venues = venues;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** The event as the sales side needs it, with its status now (cached to its version); empty if there is no such event. */
    public Optional<SaleTerms> saleTerms(long id) {
        return terms.saleTerms(id);
    }

    /** The event if this caller may see it (drafts: admins only), else EVENT_NOT_FOUND. */
    public SaleTerms visible(long id, boolean includeDrafts) {
        return terms.visible(id, includeDrafts);
    }

    @Transactional(readOnly = true)
    public PageResponse<EventSummary> search(EventStatus status, String text, Instant from, Instant to, int page,
                                             int size, boolean includeDrafts) {
        if (status == EventStatus.DRAFT && !includeDrafts) {
            return new PageResponse<>(java.util.List.of(), page, size, 0);
        }
        String query = text == null || text.isBlank() ? null : text.strip();
        EventQueries.Filter filter = new EventQueries.Filter(status, query, from, to, includeDrafts);
        Instant now = clock.instant();
        return new PageResponse<>(events.search(filter, now, page, size).stream().map(EventCatalog::summary).toList(),
                page, size, events.count(filter, now));
    }

    /** Drafts are visible to admins only; to everyone else they do not exist. One snapshot for all parts. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public EventDetail detail(long id, boolean includeDrafts) {
        EventRow row = events.find(id, clock.instant())
                .filter(e -> includeDrafts || e.status() != EventStatus.DRAFT)
                .orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
        return detail(row);
    }

    EventDetail detail(EventRow row) {
        return new EventDetail(row.id(), row.name(), row.description(), row.kind(), row.status(), row.startsAt(),
                row.saleOpensAt(), row.saleClosesAt(),
                row.venueId() == null ? null : venues.summary(row.venueId()).orElse(null),
                events.tiers(row.id()), snapshots.stock(row.id()).tiers(), row.holdMinutes(),
                row.maxHoldMinutes(), row.perCustomerLimit(), row.currency());
    }

    static EventSummary summary(EventRow e) {
        return new EventSummary(e.id(), e.name(), e.kind(), e.status(), e.startsAt(), e.saleOpensAt(),
                e.saleClosesAt(), e.venueId(), e.venueName(), e.minPrice(), e.maxPrice(), e.currency());
    }
}
