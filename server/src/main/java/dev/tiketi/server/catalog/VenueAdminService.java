package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.error.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
public class VenueAdminService {
    private final VenueRepository venues;
    private final AuditLog audit;
    private final JsonMapper json;

    VenueAdminService(VenueRepository venues, AuditLog audit, JsonMapper json) {
        this.venues = venues;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public VenueSummary create(VenueRequest request) {
        GeneratedLayout layout = LayoutGenerator.generate(request.sections());
        long id = venues.insert(request.name().strip(), request.address(), json.writeValueAsString(request.sections()), layout);
        audit.record("VENUE_CREATED", "venue", id, Map.of("name", request.name(), "seats", layout.seatCount()));
        return venues.summary(id).orElseThrow();
    }

    /**
     * Renames, and regenerates the seats when the sections changed. Regeneration replaces seat ids, so it
     * is refused once any seat of the venue has been sold (the sold rows point at those ids).
     */
    @Transactional
    VenueSummary update(long id, VenueRequest request) {
        if (!venues.lock(id)) {
            throw new ApiException(ErrorCode.VENUE_NOT_FOUND);
        }
        venues.update(id, request.name().strip(), request.address());
        List<SectionSpec> current = json.readValue(venues.layoutSpec(id).orElseThrow(), new TypeReference<List<SectionSpec>>() {
        });
        boolean layoutChanged = !current.equals(request.sections());
        if (layoutChanged) {
            if (venues.hasSoldSeats(id)) {
                throw new ApiException(ErrorCode.LAYOUT_LOCKED);
            }
            GeneratedLayout layout = LayoutGenerator.generate(request.sections());
            venues.replaceLayout(id, json.writeValueAsString(request.sections()), layout);
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
        return new VenueRequest(summary.name(), summary.address(), sections);
    }
}
