package dev.tiketi.desktop.admin.audit;

import dev.tiketi.model.admin.AuditEntryView;
import dev.tiketi.model.admin.AuditQuery;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.common.PageResponse;
import java.util.List;

/** What the audit section asks of the server (a fake in the view-model's tests). */
public interface AuditApi {
    PageResponse<AuditEntryView> search(AuditQuery query);

    List<EventSummary> events();

    /** Over the terminal's client. */
    static AuditApi of(dev.tiketi.desktop.api.ApiClient api) {
        return new AuditApi() {
            @Override
            public PageResponse<AuditEntryView> search(AuditQuery query) {
                return api.send("GET", dev.tiketi.model.ApiPaths.ADMIN_AUDIT + query.toQueryString(), null,
                        new tools.jackson.core.type.TypeReference<PageResponse<AuditEntryView>>() {
                        });
            }

            @Override
            public List<EventSummary> events() {
                return api.eventsList(null);
            }
        };
    }
}
