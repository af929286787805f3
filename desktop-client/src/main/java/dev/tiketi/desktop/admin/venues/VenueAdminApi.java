package dev.tiketi.desktop.admin.venues;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.common.PageResponse;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** What the venues section asks of the server; a unit test hands in its own. */
public interface VenueAdminApi {
    List<VenueSummary> venues();

    /** The venue as it was made: name, address, zone and the generator's section specs. */
    VenueRequest venue(long id);

    VenueSummary create(VenueRequest request);

    VenueSummary update(long id, VenueRequest request);

    static VenueAdminApi over(ApiClient api) {
        return new VenueAdminApi() {
            @Override
            public List<VenueSummary> venues() {
                return api.send("GET", ApiPaths.ADMIN_VENUES + "?size=" + PageResponse.MAX_SIZE, null,
                        new TypeReference<PageResponse<VenueSummary>>() { }).items();
            }

            @Override
            public VenueRequest venue(long id) {
                return api.send("GET", ApiPaths.ADMIN_VENUES + "/" + id, null, VenueRequest.class);
            }

            @Override
            public VenueSummary create(VenueRequest request) {
                return api.send("POST", ApiPaths.ADMIN_VENUES, request, VenueSummary.class);
            }

            @Override
            public VenueSummary update(long id, VenueRequest request) {
                return api.send("PUT", ApiPaths.ADMIN_VENUES + "/" + id, request, VenueSummary.class);
            }
        };
    }
}
