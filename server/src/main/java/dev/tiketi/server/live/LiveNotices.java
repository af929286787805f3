package dev.tiketi.server.live;

import dev.tiketi.server.inventory.InventoryKeys;
import dev.tiketi.server.system.RedisNamespace;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What this instance announces on an event's live channel for every instance (itself included) to act on.
 * Seat changes are not here: the seat scripts publish them in the same step as the version bump. These
 * notices need no order: stock and presence are recounted whole, a resync makes clients reload. A failed
 * publish is logged and never fails the sale that caused it (clients catch up at the next change or resync).
 *
 * <p>Wire format, one line per notice: {@code S <version> <status> <expiry ms> <seat ids>} (from the
 * scripts), {@code T <version>} stock moved, {@code R <version>} reload, {@code A} + one admitted shopper
 * per line, {@code P} presence changed, {@code K <nonce>} an instance checking its own subscription,
 * {@code U <account id>} an account was revoked (on the channel of no event, like {@code K}).
 */
@Component
class LiveNotices {
    private static final Logger log = LoggerFactory.getLogger(LiveNotices.class);
    /** The channel of no event, for an instance's own subscription check (in this deployment's namespace). */
    static final long NO_EVENT = 0;

    private final StringRedisTemplate redis;
    private final RedisNamespace ns;

    LiveNotices(StringRedisTemplate redis, RedisNamespace ns) {
        this.redis = redis;
        this.ns = ns;
    }

    void stockChanged(long eventId, long version) {
        publish(eventId, "T " + version);
    }

    void resync(long eventId, long version) {
        publish(eventId, "R " + version);
    }

    void admitted(long eventId, List<String> shoppers) {
        publish(eventId, "A\n" + String.join("\n", shoppers));
    }

    void presenceChanged(long eventId) {
        publish(eventId, "P");
    }

    /** Every instance ends the account's live connections. */
    void revoked(long accountId) {
        publish(NO_EVENT, "U " + accountId);
    }

    void ping(String nonce) {
        publish(NO_EVENT, "K " + nonce);
    }

    private void publish(long eventId, String notice) {
        try {
            redis.convertAndSend(new InventoryKeys(ns, eventId).live(), notice);
        } catch (RuntimeException e) {
            log.warn("Live notice for event {} not published: {}", eventId, e.toString());
        }
    }
}
