package dev.tiketi.desktop.admin.system;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.SystemFigures;
import dev.tiketi.model.catalog.EventSummary;
import java.util.List;

/** The operations figures, and the events' names to label the queues with. */
public interface SystemApi {
    SystemFigures figures();

    List<EventSummary> events();

    static SystemApi of(ApiClient api) {
        return new SystemApi() {
            @Override
            public SystemFigures figures() {
                return api.send("GET", ApiPaths.ADMIN_SYSTEM, null, SystemFigures.class);
            }

            @Override
            public List<EventSummary> events() {
                return api.eventsList("");
            }
        };
    }
}
