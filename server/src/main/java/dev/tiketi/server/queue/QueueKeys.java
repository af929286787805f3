package dev.tiketi.server.queue;

import java.util.List;

/**
 * The Redis keys of one event's waiting room, all under the event's hash tag {e<id>} (the same slot as its
 * inventory), in the order every script in scripts/queue expects them.
 */
record QueueKeys(long eventId) {
    /** Events whose waiting room has someone in it, for the admitter; the one key outside any event's slot. */
    static final String ACTIVE_EVENTS = "queue:events";

    private String tag() {
        return "{e" + eventId + "}";
    }

    String waiting() {
        return "q:" + tag();
    }

    String admitted() {
        return "adm:" + tag();
    }

    String settings() {
        return "qcfg:" + tag();
    }

    List<String> all() {
        return List.of(waiting(), "q:" + tag() + ":seen", "q:" + tag() + ":joined", admitted(), "q:" + tag() + ":seq",
                "q:" + tag() + ":rate", "q:" + tag() + ":log", settings());
    }
}
