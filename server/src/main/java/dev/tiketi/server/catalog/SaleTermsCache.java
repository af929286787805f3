package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An event's sale terms as the waiting room and the sales side read them on every check, status, heart-beat and
 * hold, kept per instance so a rush does not read PostgreSQL (decision 0021). Exact to the change: a copy is used
 * only while the event's {@link CatalogVersions version} is the one it was read under. The live channel's resync
 * notice, which the same changes send to every instance, drops the copy early. The status is derived at each
 * read from the cached state and sale window against the clock, as the SQL does.
 */
@Component
public class SaleTermsCache {
    private final VersionedEventCache<EventRow> rows;
    private final Clock clock;

    SaleTermsCache(EventQueries events, CatalogVersions versions, Clock clock) {
        this.clock = clock;
        this.rows = new VersionedEventCache<>(versions, id -> events.find(id, clock.instant()));
    }

    /** The event with its status now; empty if there is no such event. */
    public Optional<SaleTerms> saleTerms(long id) {
        return rows.get(id).map(row -> terms(row, clock.instant()));
    }

    /** The event if this caller may see it (drafts: admins only), else EVENT_NOT_FOUND. */
    public SaleTerms visible(long id, boolean includeDrafts) {
        return saleTerms(id).filter(e -> includeDrafts || e.status() != EventStatus.DRAFT)
                .orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
    }

    /** As {@link #visible}, as of a catalog version just read from Redis (in the same step as the event's live state). */
    public SaleTerms visibleAt(long id, String version, boolean includeDrafts) {
        return rows.at(id, version).map(row -> terms(row.value(), clock.instant()))
                .filter(e -> includeDrafts || e.status() != EventStatus.DRAFT)
                .orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
    }

    /**
     * The event with its status now and the catalog version it was read under, for a caller that has Redis check that
     * version atomically with its own change (a hold): {@code checked} false trusts this instance's copy without a
     * round trip to Redis ({@link VersionedEventCache#lastKnown}), true reads the version first as {@link #saleTerms}
     * does. Empty if there is no such event.
     */
    public Optional<VersionedEventCache.Versioned<SaleTerms>> versionedTerms(long id, boolean checked) {
        return (checked ? rows.versioned(id) : rows.lastKnown(id))
                .map(v -> new VersionedEventCache.Versioned<>(v.version(), terms(v.value(), clock.instant())));
    }

    private static SaleTerms terms(EventRow e, Instant now) {
        EventStatus status = EventQueries.statusAt(e.state(), e.saleOpensAt(), e.saleClosesAt(), now);
        return new SaleTerms(e.id(), e.name(), e.kind(), status, e.venueId(), e.startsAt(), e.holdMinutes(),
                e.maxHoldMinutes(), e.perCustomerLimit(), e.currency());
    }
}
