package dev.tiketi.desktop.admin.queue;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.model.queue.QueueWhatIf;
import java.util.List;

/** The waiting room's admin API: look, project, change, clear. */
public interface QueueAdminApi {
    List<EventSummary> events(String text);

    QueueAdminView view(long eventId);

    QueueWhatIf whatIf(long eventId, int threshold, int admissionsPerMinute);

    QueueAdminView update(long eventId, QueueSettings settings);

    QueueAdminView clear(long eventId);

    static QueueAdminApi of(ApiClient api) {
        return new QueueAdminApi() {
            @Override
            public List<EventSummary> events(String text) {
                return api.eventsList(text);
            }

            @Override
            public QueueAdminView view(long eventId) {
                return api.send("GET", ApiClient.fill(ApiPaths.QUEUE_ADMIN, eventId), null, QueueAdminView.class);
            }

            @Override
            public QueueWhatIf whatIf(long eventId, int threshold, int admissionsPerMinute) {
                return api.send("GET", ApiClient.fill(ApiPaths.QUEUE_ADMIN_WHAT_IF, eventId) + "?" + QueueWhatIf.THRESHOLD + "=" + threshold
                        + "&" + QueueWhatIf.RATE + "=" + admissionsPerMinute, null, QueueWhatIf.class);
            }

            @Override
            public QueueAdminView update(long eventId, QueueSettings settings) {
                return api.send("PUT", ApiClient.fill(ApiPaths.QUEUE_ADMIN, eventId), settings, QueueAdminView.class);
            }

            @Override
            public QueueAdminView clear(long eventId) {
                return api.send("POST", ApiClient.fill(ApiPaths.QUEUE_ADMIN_CLEAR, eventId), null, QueueAdminView.class);
            }
        };
    }
}
