package dev.tiketi.server.support;

import dev.tiketi.model.common.Headers;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.model.queue.QueueStatus;
import java.util.Map;

/** The waiting room through the real API, as a kiosk or a web shop would use it. */
public final class Queues {
    private final Api api;

    public Queues(Api api) {
        this.api = api;
    }

    public void configure(long eventId, String adminToken, QueueMode mode, int threshold, int perMinute, int idleSeconds,
                          int abandonSeconds) {
        Api.Res r = api.put("/api/queue/admin/" + eventId, new QueueSettings(mode, threshold, perMinute, idleSeconds,
                abandonSeconds), adminToken);
        if (r.status() != 200) {
            throw new IllegalStateException("queue settings not saved: " + r);
        }
    }

    public Api.Res checkRaw(long eventId, String token, String terminal) {
        return api.send("POST", "/api/queue/check/" + eventId, null, "application/json", token, terminal(terminal));
    }

    public QueueStatus check(long eventId, String token) {
        return ok(checkRaw(eventId, token, null));
    }

    public QueueStatus check(long eventId, String token, String terminal) {
        return ok(checkRaw(eventId, token, terminal));
    }

    public QueueStatus status(long eventId, String token) {
        return ok(api.send("GET", "/api/queue/status/" + eventId, null, "application/json", token, Map.of()));
    }

    public QueueStatus heartbeat(long eventId, String token) {
        return ok(api.send("POST", "/api/queue/heartbeat/" + eventId, null, "application/json", token, Map.of()));
    }

    public void leave(long eventId, String token) {
        Api.Res r = api.send("POST", "/api/queue/leave/" + eventId, null, "application/json", token, Map.of());
        if (r.status() != 204) {
            throw new IllegalStateException("leave failed: " + r);
        }
    }

    /** Headers that carry an admission token (and a terminal name, for kiosks). */
    public static Map<String, String> admission(String token, String terminal) {
        Map<String, String> headers = new java.util.HashMap<>(terminal(terminal));
        if (token != null) {
            headers.put(Headers.ADMISSION, token);
        }
        return headers;
    }

    private static Map<String, String> terminal(String terminal) {
        return terminal == null ? Map.of() : Map.of(Headers.TERMINAL, terminal);
    }

    private static QueueStatus ok(Api.Res r) {
        if (r.status() != 200) {
            throw new IllegalStateException("queue call failed: " + r);
        }
        return r.as(QueueStatus.class);
    }
}
