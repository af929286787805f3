package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.system.RedisNamespace;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An event's sale terms as the waiting room reads them on every check, status and heart-beat, kept per
 * instance so a rush does not read PostgreSQL (decision 0021). Exact to the change: each entry remembers the
 * event's terms version, a random value in Redis ({@code <ns>:terms:{e<id>}}) that every admin change of the
 * event replaces (inside its transaction and again after commit), and is used only while Redis still holds
 * that value: one {@code GET} per read. The live channel's resync notice, which the same changes send to every
 * instance, drops the entry early, so the next read usually finds nothing rather than a stale version. The
 * status is derived at each read from the cached state and sale window against the clock, as the SQL does.
 */
@Component
public class SaleTermsCache {
    private static final Logger log = LoggerFactory.getLogger(SaleTermsCache.class);

    private record Entry(String version, EventRow row) {
    }

    private final EventQueries events;
    private final StringRedisTemplate redis;
    private final RedisNamespace ns;
    private final Clock clock;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    SaleTermsCache(EventQueries events, StringRedisTemplate redis, RedisNamespace ns, Clock clock) {
        this.events = events;
        this.redis = redis;
        this.ns = ns;
        this.clock = clock;
    }

    /** The event with its status now; empty if there is no such event (not cached: it may be created). */
    public Optional<SaleTerms> saleTerms(long id) {
        String key = key(id);
        String version = redis.opsForValue().get(key);
        Entry entry = entries.get(id);
        if (entry == null || version == null || !entry.version().equals(version)) {
            Optional<EventRow> row = events.find(id, clock.instant());
            if (row.isEmpty()) {
                // no key for an id that names no event: guessed ids must not fill Redis
                entries.remove(id);
                return Optional.empty();
            }
            if (version == null) {
                // first read since Redis lost it (or ever): a value no entry can hold; then the row again, after it
                redis.opsForValue().setIfAbsent(key, UUID.randomUUID().toString());
                version = redis.opsForValue().get(key);
                row = events.find(id, clock.instant());
                if (row.isEmpty()) {
                    entries.remove(id);
                    return Optional.empty();
                }
            }
            // the version was read before the row: a change committing in between replaces it, and the next
            // read sees the entry is stale
            entry = new Entry(version, row.get());
            entries.put(id, entry);
        }
        return Optional.of(terms(entry.row(), clock.instant()));
    }

    /** The event if this caller may see it (drafts: admins only), else EVENT_NOT_FOUND. */
    public SaleTerms visible(long id, boolean includeDrafts) {
        return saleTerms(id).filter(e -> includeDrafts || e.status() != EventStatus.DRAFT)
                .orElseThrow(() -> new ApiException(ErrorCode.EVENT_NOT_FOUND));
    }

    /** A hint from the live channel that the event changed: the next read goes to the database. */
    public void forget(long id) {
        entries.remove(id);
    }

    /** Inside the admin's transaction: if Redis cannot take the new version, the change fails with it. */
    @EventListener
    void changedInTransaction(CatalogChanged changed) {
        for (long id : changed.eventIds()) {
            bump(id);
        }
    }

    /**
     * Again after commit: an instance that read the row between the first bump and the commit cached the old
     * terms under the first new version.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changedAfterCommit(CatalogChanged changed) {
        for (long id : changed.eventIds()) {
            entries.remove(id);
            try {
                bump(id);
            } catch (RuntimeException e) {
                log.warn("Terms version of event {} not replaced after its change: {}", id, e.toString());
            }
        }
    }

    private void bump(long id) {
        redis.opsForValue().set(key(id), UUID.randomUUID().toString());
    }

    private String key(long id) {
        return ns.key("terms:{e" + id + "}");
    }

    private static SaleTerms terms(EventRow e, Instant now) {
        EventStatus status = EventQueries.statusAt(e.state(), e.saleOpensAt(), e.saleClosesAt(), now);
        return new SaleTerms(e.id(), e.name(), e.kind(), status, e.venueId(), e.startsAt(), e.holdMinutes(),
                e.maxHoldMinutes(), e.perCustomerLimit(), e.currency());
    }
}
