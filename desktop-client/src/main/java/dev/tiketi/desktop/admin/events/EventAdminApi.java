package dev.tiketi.desktop.admin.events;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.CancelSummary;
import dev.tiketi.model.admin.EventCancelRequest;
import dev.tiketi.model.admin.SeatFreeRequest;
import dev.tiketi.model.admin.SeatKillRequest;
import dev.tiketi.model.admin.SeatKillsView;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventQuery;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.VenueSummary;
import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.sales.SeatsSnapshot;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** What the events section asks of the server; a unit test hands in its own. */
public interface EventAdminApi {
    List<EventSummary> events();

    EventDetail event(long id);

    List<VenueSummary> venues();

    /** The tier codes the venue's seats use, in the layout's order. */
    List<String> seatTiers(long venueId);

    EventDetail create(EventRequest request);

    EventDetail update(long id, EventRequest request);

    EventDetail publish(long id);

    EventDetail close(long id);

    CancelSummary cancelSummary(long id);

    EventDetail cancel(long id, EventCancelRequest request);

    SeatKillsView kills(long eventId);

    SeatKillsView kill(long eventId, SeatKillRequest request);

    SeatKillsView free(long eventId, SeatFreeRequest request);

    SeatsSnapshot seats(long eventId);

    static EventAdminApi over(ApiClient api) {
        return new EventAdminApi() {
            @Override
            public List<EventSummary> events() {
                return api.events(new EventQuery(null, null, null, null, 0, PageResponse.MAX_SIZE)).items();
            }

            @Override
            public EventDetail event(long id) {
                return api.event(id);
            }

            @Override
            public List<VenueSummary> venues() {
                return api.send("GET", ApiPaths.ADMIN_VENUES + "?size=" + PageResponse.MAX_SIZE, null,
                        new TypeReference<PageResponse<VenueSummary>>() { }).items();
            }

            @Override
            public List<String> seatTiers(long venueId) {
                return api.layout(venueId).sections().stream().flatMap(s -> s.rows().stream()).flatMap(r -> r.seats().stream())
                        .map(SeatView::tierCode).distinct().toList();
            }

            @Override
            public EventDetail create(EventRequest request) {
                return api.send("POST", ApiPaths.ADMIN_EVENTS, request, EventDetail.class);
            }

            @Override
            public EventDetail update(long id, EventRequest request) {
                return api.send("PUT", ApiPaths.ADMIN_EVENTS + "/" + id, request, EventDetail.class);
            }

            @Override
            public EventDetail publish(long id) {
                return api.send("POST", ApiPaths.ADMIN_EVENTS + "/" + id + "/publish", null, EventDetail.class);
            }

            @Override
            public EventDetail close(long id) {
                return api.send("POST", ApiPaths.ADMIN_EVENTS + "/" + id + "/close", null, EventDetail.class);
            }

            @Override
            public CancelSummary cancelSummary(long id) {
                return api.send("GET", ApiClient.fill(ApiPaths.ADMIN_EVENT_CANCEL_SUMMARY, id), null, CancelSummary.class);
            }

            @Override
            public EventDetail cancel(long id, EventCancelRequest request) {
                return api.send("POST", ApiClient.fill(ApiPaths.ADMIN_EVENT_CANCEL, id), request, EventDetail.class);
            }

            @Override
            public SeatKillsView kills(long eventId) {
                return api.send("GET", ApiClient.fill(ApiPaths.ADMIN_EVENT_KILLS, eventId), null, SeatKillsView.class);
            }

            @Override
            public SeatKillsView kill(long eventId, SeatKillRequest request) {
                return api.send("POST", ApiClient.fill(ApiPaths.ADMIN_EVENT_KILLS, eventId), request, SeatKillsView.class);
            }

            @Override
            public SeatKillsView free(long eventId, SeatFreeRequest request) {
                return api.send("POST", ApiClient.fill(ApiPaths.ADMIN_EVENT_KILLS_FREE, eventId), request, SeatKillsView.class);
            }

            @Override
            public SeatsSnapshot seats(long eventId) {
                return api.seats(eventId);
            }
        };
    }
}
