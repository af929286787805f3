package dev.tiketi.server.queue;

import dev.tiketi.server.system.RedisNamespace;
import java.util.List;

/**
 * The Redis keys of one event's waiting room, all under the event's hash tag {e<id>} (the same slot as its
 * inventory) after the deployment's namespace, in the order every script in scripts/queue expects them.
 */
record QueueKeys(RedisNamespace ns, long eventId) {

    /** Events whose waiting room has someone in it, for the admitter; the one key outside any event's slot. */
    static String activeEvents(RedisNamespace ns) {
        return ns.key("queue:events");
    }

    private String key(String kind) {
        return ns.key(kind + ":{e" + eventId + "}");
    }

    String waiting() {
        return key("q");
    }

    String admitted() {
        return key("adm");
    }

    /** When each waiting shopper joined (ms); see common.lua. */
    String joined() {
        return key("q") + ":joined";
    }

    String settings() {
        return key("qcfg");
    }

    List<String> all() {
        return List.of(waiting(), waiting() + ":seen", waiting() + ":joined", admitted(), waiting() + ":seq",
                waiting() + ":rate", waiting() + ":log", settings());
    }
}
