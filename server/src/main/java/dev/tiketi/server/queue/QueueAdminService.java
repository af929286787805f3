package dev.tiketi.server.queue;

import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.model.queue.QueueWhatIf;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.catalog.EventCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin's view and controls of an event's waiting room; every change is audited. */
@Service
public class QueueAdminService {
    private static final Duration ARRIVAL_WINDOW = Duration.ofMinutes(2);

    private final EventCatalog catalog;
    private final WaitingRoom room;
    private final QueueSettingsStore settings;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    QueueAdminService(EventCatalog catalog, WaitingRoom room, QueueSettingsStore settings, AuditLog audit,
                      TransactionTemplate tx, Clock clock) {
        this.catalog = catalog;
        this.room = room;
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    QueueAdminView view(long eventId) {
        catalog.visible(eventId, true);
        Instant now = clock.instant();
        WaitingRoom.Overview o = room.overview(eventId, now);
        return new QueueAdminView(Admitter.summary(eventId, o.line(), now),
                o.headJoined() == null ? null : Math.max(0, Duration.between(o.headJoined(), now).toSeconds()),
                settings.get(eventId));
    }

    /** What {@code threshold} and {@code capPerMinute} would do to the line now; changes nothing. */
    QueueWhatIf whatIf(long eventId, int threshold, int capPerMinute) {
        catalog.visible(eventId, true);
        Instant now = clock.instant();
        WaitingRoom.Line line = room.overview(eventId, now).line();
        Double measured = QueueService.measured(line, now);
        double arrivals = room.recentArrivals(eventId, now, ARRIVAL_WINDOW) * 60_000.0 / ARRIVAL_WINDOW.toMillis();
        QueueProjection.Result r = QueueProjection.project(line.waiting(), line.admitted(), line.threshold(), threshold,
                capPerMinute, measured, arrivals);
        return new QueueWhatIf(eventId, threshold, capPerMinute, line.waiting(), line.admitted(),
                measured == null ? null : Math.round(measured * 10) / 10.0, Math.round(r.steadyPerMinute() * 10) / 10.0,
                r.measured(), Math.round(arrivals * 10) / 10.0, r.lastInLineWaitSeconds(), r.drainSeconds());
    }

    /** Saves and audits in one transaction, then hands the settings to every server through Redis. */
    QueueAdminView update(long eventId, QueueSettings next, CurrentUser admin) {
        save(eventId, next, admin.id());
        return view(eventId);
    }

    /**
     * Settings the server gives an event itself, at start-up (the demo's waiting room): saved and audited as the
     * system, as an admin's change would be.
     */
    public void setUp(long eventId, QueueSettings next) {
        save(eventId, next, null);
    }

    private void save(long eventId, QueueSettings next, Long adminId) {
        catalog.visible(eventId, true);
        tx.executeWithoutResult(status -> {
            QueueSettings before = settings.get(eventId);
            settings.save(eventId, next, adminId);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("before", before);
            details.put("after", next);
            audit.record("QUEUE_SETTINGS_CHANGED", "event", eventId, details);
        });
        // what the database holds now, so of two admins saving at once Redis ends with the one that won
        settings.publish(eventId, settings.get(eventId));
        room.markActive(eventId);
    }

    /** Empties the line and the admitted set: everyone must check in again. */
    QueueAdminView clear(long eventId) {
        catalog.visible(eventId, true);
        long[] removed = room.clear(eventId, clock.instant());
        audit.record("QUEUE_CLEARED", "event", eventId, Map.of("waiting", removed[0], "admitted", removed[1]));
        return view(eventId);
    }
}
