package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.ForceRelease;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.live.SalesFigures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the dashboard asks the server: events to pick from, an event's sales figures, forcing a hold free. */
public interface DashboardApi {
    List<EventSummary> events(String text);

    SalesFigures sales(long eventId);

    void forceRelease(String holdId, String reason);

    static DashboardApi of(ApiClient api) {
        return new DashboardApi() {
            @Override
            public List<EventSummary> events(String text) {
                return api.eventsList(text);
            }

            @Override
            public SalesFigures sales(long eventId) {
                return api.send("GET", ApiClient.fill(ApiPaths.ADMIN_EVENT_SALES, eventId), null, SalesFigures.class);
            }

            @Override
            public void forceRelease(String holdId, String reason) {
                api.send("DELETE", ApiClient.fill(ApiPaths.ADMIN_HOLD, holdId) + "?" + ForceRelease.REASON + "="
                        + URLEncoder.encode(reason, StandardCharsets.UTF_8), null, Void.class);
            }
        };
    }
}
