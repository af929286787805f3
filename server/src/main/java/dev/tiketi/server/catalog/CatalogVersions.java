package dev.tiketi.server.catalog;

import dev.tiketi.server.inventory.InventoryKeys;
import dev.tiketi.server.system.RedisNamespace;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The version of each event's catalog data (terms, tiers, prices, layout) that per-instance caches check before
 * using a copy (decision 0021): a random value in Redis ({@code <ns>:terms:{e<id>}}) that every admin change of
 * the event replaces, inside its transaction and again when it ends. One {@code GET} per cached read; a missing
 * key (never set, or lost with Redis) matches no copy.
 */
@Component
public class CatalogVersions {
    private static final Logger log = LoggerFactory.getLogger(CatalogVersions.class);

    private final StringRedisTemplate redis;
    private final RedisNamespace ns;
    private final List<LongConsumer> forgetters = new CopyOnWriteArrayList<>();

    CatalogVersions(StringRedisTemplate redis, RedisNamespace ns) {
        this.redis = redis;
        this.ns = ns;
    }

    /** The event's version now, or null if Redis has none. */
    String current(long id) {
        return redis.opsForValue().get(key(id));
    }

    /** The event's version, set to a fresh value first if Redis has none. */
    String ensure(long id) {
        redis.opsForValue().setIfAbsent(key(id), UUID.randomUUID().toString());
        return redis.opsForValue().get(key(id));
    }

    /** Caches that drop an event's copy when it is known to have changed (a hint; the version decides). */
    void onForget(LongConsumer forget) {
        forgetters.add(forget);
    }

    /** A hint from the live channel that the event changed: every cache's next read goes to the database. */
    public void forget(long id) {
        forgetters.forEach(f -> f.accept(id));
    }

    /** Inside the admin's transaction: if Redis cannot take the new version, the change fails with it. */
    @EventListener
    void changedInTransaction(CatalogChanged changed) {
        for (long id : changed.eventIds()) {
            bump(id);
        }
    }

    /**
     * Again when the transaction ends: an instance that read the rows between the first bump and the commit cached
     * the old data under the first new version; and after a rollback, a read inside the transaction itself (the
     * admin's own answer goes through these caches) may have cached rows that never committed under it.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void changedWhenDone(CatalogChanged changed) {
        for (long id : changed.eventIds()) {
            forget(id);
            try {
                bump(id);
            } catch (RuntimeException e) {
                log.warn("Catalog version of event {} not replaced after its change: {}", id, e.toString());
            }
        }
    }

    private void bump(long id) {
        redis.opsForValue().set(key(id), UUID.randomUUID().toString());
    }

    private String key(long id) {
        return new InventoryKeys(ns, id).catalogVersion();
    }
}
