package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.InventorySnapshots;
import dev.tiketi.server.inventory.InventorySnapshots.StockRead;
import dev.tiketi.model.catalog.TierAvailability;
import tools.jackson.databind.json.JsonMapper;
import java.util.Optional;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueSummary;
import java.util.List;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads of the event catalog: what the counter, the kiosk and the online shop list and show. */
@Service
public class EventCatalog {
    /** What an event's detail shows that only an admin change alters: kept per instance to the catalog version. */
    private record Static(EventRow row, VenueSummary venue, List<TierView> tiers) {
    }

    private final EventQueries events;
    private final VenueLayouts venues;
    private final InventorySnapshots snapshots;
    private final SaleTermsCache terms;
    private final Clock clock;
    private final VersionedEventCache<Static> statics;
    /** Each event's last detail as JSON, keyed by everything it is made of. */
    private final AnswerBytes<DetailKey> details;

    /** The copy of one catalog version, the status it gives now, and the live availability. */
    private record DetailKey(Static copy, EventStatus status, List<TierAvailability> availability) {
    }

    /** What the gate of a detail read found at the catalog version the stock is exact to. */
    private record Shown(Static copy, EventStatus status) {
    }

    EventCatalog(EventQueries events, VenueLayouts venues, InventorySnapshots snapshots, SaleTermsCache terms, Clock clock,
                 CatalogVersions versions, PlatformTransactionManager transactions, JsonMapper json) {
        this.terms = terms;
        this.events = events;
        this.venues = venues;
        this.snapshots = snapshots;
        this.clock = clock;
        // the three reads see one state of the rows
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.statics = new VersionedEventCache<>(versions, id -> snapshot.execute(tx -> events.find(id, clock.instant())
                .map(row -> new Static(row, row.venueId() == null ? null : venues.summary(row.venueId()).orElse(null),
                        events.tiers(id)))));
        this.details = new AnswerBytes<>(json, 4096, 16L << 20);
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

    /**
     * Drafts are visible to admins only; to everyone else they do not exist. No transaction: the event, its venue and
     * tiers come from a per-instance copy exact to the catalog version (read in one snapshot when it moves), the
     * availability from Redis, read in the same script as that version; the status is derived from the copy's sale
     * window at each read. Answered as the JSON a request writes: serialised once per distinct answer (same copy, same
     * status, same availability) and kept per event, so reads between two changes cost no serialisation.
     */
    public byte[] detailJson(long id, boolean includeDrafts) {
        StockRead<Shown> read = read(id, includeDrafts);
        Shown shown = read.gated();
        List<TierAvailability> availability = read.stock().tiers();
        return details.bytes(id, new DetailKey(shown.copy(), shown.status(), availability), () -> detail(shown, availability));
    }

    private StockRead<Shown> read(long id, boolean includeDrafts) {
        return snapshots.read(id, version -> {
            Static s = statics.at(id, version).orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND)).value();
            EventRow row = s.row();
            EventStatus status = EventQueries.statusAt(row.state(), row.saleOpensAt(), row.saleClosesAt(), clock.instant());
            if (status == EventStatus.DRAFT && !includeDrafts) {
                throw new ApiException(ErrorCode.EVENT_NOT_FOUND);
            }
            return new Shown(s, status);
        }).orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
    }

    private static EventDetail detail(Shown shown, List<TierAvailability> availability) {
        EventRow row = shown.copy().row();
        return new EventDetail(row.id(), row.name(), row.description(), row.kind(), shown.status(), row.startsAt(),
                row.saleOpensAt(), row.saleClosesAt(), shown.copy().venue(), shown.copy().tiers(), availability, row.holdMinutes(),
                row.maxHoldMinutes(), row.perCustomerLimit(), row.currency());
    }

    /**
     * The detail an admin's change answers with, read in the change's own transaction and counted from every seat:
     * no per-instance copy may hold rows that have not committed.
     */
    EventDetail detail(EventRow row) {
        return new EventDetail(row.id(), row.name(), row.description(), row.kind(), row.status(), row.startsAt(),
                row.saleOpensAt(), row.saleClosesAt(),
                row.venueId() == null ? null : venues.summary(row.venueId()).orElse(null),
                events.tiers(row.id()), snapshots.recount(row.id()).tiers(), row.holdMinutes(),
                row.maxHoldMinutes(), row.perCustomerLimit(), row.currency());
    }

    static EventSummary summary(EventRow e) {
        return new EventSummary(e.id(), e.name(), e.kind(), e.status(), e.startsAt(), e.saleOpensAt(),
                e.saleClosesAt(), e.venueId(), e.venueName(), e.minPrice(), e.maxPrice(), e.currency());
    }
}
