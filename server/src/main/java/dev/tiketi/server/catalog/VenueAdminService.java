package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.GeneratedLayout;
import dev.tiketi.model.catalog.InvalidLayoutException;
import dev.tiketi.model.catalog.LayoutGenerator;

import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.error.ApiException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Venues and their generated layouts. The venue and its sections are entities (decision 0013); the seats
 * go in as SQL batches ({@link VenueLayouts}) in the same transaction, pointing at the sections just saved.
 */
@Service
public class VenueAdminService {
    private final VenueRepository venues;
    private final SectionRepository sections;
    private final SeatRepository seats;
    private final EventRepository eventEntities;
    private final VenueLayouts layouts;
    private final EventQueries events;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    VenueAdminService(VenueRepository venues, SectionRepository sections, SeatRepository seats, EventRepository eventEntities,
                      VenueLayouts layouts, EventQueries events, AuditLog audit, JsonMapper json, Clock clock,
                      ApplicationEventPublisher publisher) {
        this.venues = venues;
        this.sections = sections;
        this.seats = seats;
        this.eventEntities = eventEntities;
        this.layouts = layouts;
        this.publisher = publisher;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public VenueSummary create(VenueRequest request) {
        GeneratedLayout layout = generate(request.sections());
        VenueEntity venue = new VenueEntity(request.name().strip(), request.address(), VenueZones.checked(request.timeZone()));
        venue.layOut(json.writeValueAsString(request.sections()), layout);
        long id = venues.save(venue).id();
        insertLayout(id, layout);
        audit.record("VENUE_CREATED", "venue", id, Map.of("name", request.name(), "seats", layout.seatCount()));
        return summary(venue);
    }

    /**
     * Renames, and regenerates the seats when the sections changed. Regeneration replaces seat ids, so it
     * is refused once any seat of the venue has been sold (the sold rows point at those ids) or while an
     * event there is on sale (holds point at them); and the new seats must use exactly the tiers that
     * each remaining event prices, or those events would have seats without a price.
     */
    @Transactional
    VenueSummary update(long id, VenueRequest request) {
        VenueEntity venue = venues.lock(id).orElseThrow(() -> new ApiException(ErrorCode.VENUE_NOT_FOUND));
        venue.describe(request.name().strip(), request.address(), VenueZones.checked(request.timeZone()));
        List<SectionSpec> current = json.readValue(venue.layoutSpec(), new TypeReference<List<SectionSpec>>() {
        });
        boolean layoutChanged = !current.equals(request.sections());
        if (layoutChanged) {
            if (layouts.hasSoldSeats(id)) {
                throw new ApiException(ErrorCode.LAYOUT_LOCKED);
            }
            List<EventQueries.VenueUse> uses = events.activeUsesOfVenue(id, clock.instant());
            for (EventQueries.VenueUse use : uses) {
                if (use.status() == EventStatus.ON_SALE) {
                    throw new ApiException(ErrorCode.LAYOUT_LOCKED,
                            "'" + use.name() + "' is on sale at this venue; its seats cannot change now.");
                }
            }
            GeneratedLayout layout = generate(request.sections());
            Set<String> newTiers = new TreeSet<>();
            layout.sections().forEach(s -> s.seats().forEach(seat -> newTiers.add(seat.tierCode())));
            // Closed events without sales (sold ones locked the layout above) no longer need their seats priced.
            List<FieldError> mismatches = uses.stream()
                    .filter(use -> use.status() != EventStatus.CLOSED && !use.tierCodes().equals(newTiers))
                    .map(use -> new FieldError("sections", "'" + use.name() + "' prices tiers " + use.tierCodes()
                            + " but the new seats use " + newTiers))
                    .toList();
            if (!mismatches.isEmpty()) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultMessage(), mismatches);
            }
            sections.deleteByVenue(id);
            venue.layOut(json.writeValueAsString(request.sections()), layout);
            insertLayout(id, layout);
        }
        venues.flush();
        // every event at the venue shows its name, address, zone and seat count in its (cached) detail
        List<Long> atVenue = events.atVenue(id);
        if (!atVenue.isEmpty()) {
            publisher.publishEvent(new CatalogChanged(atVenue));
        }
        audit.record("VENUE_UPDATED", "venue", id, Map.of("name", request.name(), "layoutChanged", layoutChanged));
        return summary(venue);
    }

    @Transactional
    void delete(long id) {
        VenueEntity venue = venues.lock(id).orElseThrow(() -> new ApiException(ErrorCode.VENUE_NOT_FOUND));
        if (eventEntities.existsByVenueId(id)) {
            throw new ApiException(ErrorCode.VENUE_IN_USE);
        }
        // the database removes the sections and seats with the venue (on delete cascade)
        venues.delete(venue);
        venues.flush();
        audit.record("VENUE_DELETED", "venue", id, Map.of());
    }

    @Transactional(readOnly = true)
    PageResponse<VenueSummary> list(int page, int size) {
        List<VenueSummary> items = venues.listed(PageRequest.of(page, size)).stream()
                .map(v -> new VenueSummary(v.id(), v.name(), v.address(), v.seats().intValue(),
                        VenueZones.effective(v.timeZone()).getId()))
                .toList();
        return new PageResponse<>(items, page, size, venues.count());
    }

    @Transactional(readOnly = true)
    VenueRequest get(long id) {
        VenueEntity venue = venues.findById(id).orElseThrow(() -> new ApiException(ErrorCode.VENUE_NOT_FOUND));
        List<SectionSpec> specs = json.readValue(venue.layoutSpec(), new TypeReference<List<SectionSpec>>() {
        });
        // the zone as it was given (null: the server's), so what is read back can be sent back unchanged
        return new VenueRequest(venue.name(), venue.address(), specs, venue.timeZone());
    }

    /** Sections through JPA (their ids come back at once: identity keys), then their seats as SQL batches. */
    private static GeneratedLayout generate(java.util.List<dev.tiketi.model.catalog.SectionSpec> specs) {
        try {
            return LayoutGenerator.generate(specs);
        } catch (InvalidLayoutException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultMessage(), e.errors());
        }
    }

    private void insertLayout(long venueId, GeneratedLayout layout) {
        Map<GeneratedLayout.Section, Long> ids = new java.util.IdentityHashMap<>();
        for (GeneratedLayout.Section section : layout.sections()) {
            ids.put(section, sections.save(new SectionEntity(venueId, section.code(), section.name(), section.order())).id());
        }
        layouts.insertSeats(venueId, ids::get, layout);
    }

    private VenueSummary summary(VenueEntity venue) {
        return new VenueSummary(venue.id(), venue.name(), venue.address(), (int) seats.countByVenueId(venue.id()),
                VenueZones.effective(venue.timeZone()).getId());
    }
}
