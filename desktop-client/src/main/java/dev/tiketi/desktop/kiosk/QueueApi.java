package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.queue.QueueStatus;

/**
 * What the kiosk's flow asks of the server about waiting rooms; {@link #of} is the real one, a unit test
 * passes its own. Failures are {@code ApiException}s. The server knows a kiosk by its account and terminal
 * name, so a restarted kiosk with the same name is the same shopper with the same place.
 */
public interface QueueApi {
    /** Joins the event's line, or keeps the place already held (never moves anyone back). */
    QueueStatus check(long eventId);

    /** Where the kiosk stands; renews nothing. */
    QueueStatus status(long eventId);

    /** Still here: keeps a waiting place, and renews an admitted slot (activity). */
    QueueStatus heartbeat(long eventId);

    /** Leaves the line, or gives an admitted slot to the next in line. */
    void leave(long eventId);

    /** The admission to send with holds and orders of this event from now on; null: none. */
    void admission(long eventId, String token);

    KioskEvent event(long eventId);

    static QueueApi of(ApiClient api) {
        return new QueueApi() {
            @Override
            public QueueStatus check(long eventId) {
                return api.queueCheck(eventId);
            }

            @Override
            public QueueStatus status(long eventId) {
                return api.queueStatus(eventId);
            }

            @Override
            public QueueStatus heartbeat(long eventId) {
                return api.queueHeartbeat(eventId);
            }

            @Override
            public void leave(long eventId) {
                api.queueLeave(eventId);
            }

            @Override
            public void admission(long eventId, String token) {
                api.admission(eventId, token);
            }

            @Override
            public KioskEvent event(long eventId) {
                return KioskEvent.of(api.event(eventId));
            }
        };
    }
}
