package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.error.FieldError;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
public class VenueAdminService {
    private final VenueRepository venues;
    private final EventRepository events;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    VenueAdminService(VenueRepository venues, EventRepository events, AuditLog audit, JsonMapper json, Clock clock,
                      ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.venues = venues;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public VenueSummary create(VenueRequest request) {
        GeneratedLayout layout = LayoutGenerator.generate(request.sections());
        long id = venues.insert(request.name().strip(), request.address(), VenueZones.checked(request.timeZone()),
                json.writeValueAsString(request.sections()), layout);
        audit.record("VENUE_CREATED", "venue", id, Map.of("name", request.name(), "seats", layout.seatCount()));
        return venues.summary(id).orElseThrow();
    }

    /**
     * Renames, and regenerates the seats when the sections changed. Regeneration replaces seat ids, so it
     * is refused once any seat of the venue has been sold (the sold rows point at those ids) or while an
     * event there is on sale (holds point at them); and the new seats must use exactly the tiers that
     * each remaining event prices, or those events would have seats without a price.
     */
    @Transactional
    VenueSummary update(long id, VenueRequest request) {
        if (!venues.lock(id)) {
            throw new ApiException(ErrorCode.VENUE_NOT_FOUND);
        }
        venues.update(id, request.name().strip(), request.address(), VenueZones.checked(request.timeZone()));
        List<SectionSpec> current = json.readValue(venues.layoutSpec(id).orElseThrow(), new TypeReference<List<SectionSpec>>() {
        });
        boolean layoutChanged = !current.equals(request.sections());
        if (layoutChanged) {
            if (venues.hasSoldSeats(id)) {
                throw new ApiException(ErrorCode.LAYOUT_LOCKED);
            }
            List<EventRepository.VenueUse> uses = events.activeUsesOfVenue(id, clock.instant());
            for (EventRepository.VenueUse use : uses) {
                if (use.status() == EventStatus.ON_SALE) {
                    throw new ApiException(ErrorCode.LAYOUT_LOCKED,
                            "'" + use.name() + "' is on sale at this venue; its seats cannot change now.");
                }
            }
            GeneratedLayout layout = LayoutGenerator.generate(request.sections());
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
            venues.replaceLayout(id, json.writeValueAsString(request.sections()), layout);
            publisher.publishEvent(new CatalogChanged(uses.stream().map(EventRepository.VenueUse::id).toList()));
        }
        audit.record("VENUE_UPDATED", "venue", id, Map.of("name", request.name(), "layoutChanged", layoutChanged));
        return venues.summary(id).orElseThrow();
    }

    @Transactional
    void delete(long id) {
        if (!venues.lock(id)) {
            throw new ApiException(ErrorCode.VENUE_NOT_FOUND);
        }
        if (venues.usedByEvents(id)) {
            throw new ApiException(ErrorCode.VENUE_IN_USE);
        }
        venues.delete(id);
        audit.record("VENUE_DELETED", "venue", id, Map.of());
    }

    @Transactional(readOnly = true)
    PageResponse<VenueSummary> list(int page, int size) {
        return new PageResponse<>(venues.page(page, size), page, size, venues.count());
    }

    @Transactional(readOnly = true)
    VenueRequest get(long id) {
        VenueSummary summary = venues.summary(id).orElseThrow(() -> new ApiException(ErrorCode.VENUE_NOT_FOUND));
        List<SectionSpec> sections = json.readValue(venues.layoutSpec(id).orElseThrow(), new TypeReference<List<SectionSpec>>() {
        });
        // the zone as it was given (null: the server's), so what is read back can be sent back unchanged
        return new VenueRequest(summary.name(), summary.address(), sections, venues.timeZone(id).orElse(null));
    }
}
