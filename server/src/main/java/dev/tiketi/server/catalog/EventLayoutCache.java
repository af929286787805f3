package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventKind;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Each event's {@link EventLayout} kept per instance to the event's catalog version (decision 0021): a hold or a
 * snapshot of a 20,000-seat hall reads the seats from memory, not from PostgreSQL. Tier prices, the venue's
 * layout and blocked seats change only through the admin services, which move the version (and with it every
 * instance's copy); seat kills and sales live in Redis and are never part of this copy.
 */
@Component
public class EventLayoutCache {
    private record Head(EventKind kind, double stageX, double stageY) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final VersionedEventCache<EventLayout> cache;

    EventLayoutCache(JdbcClient jdbc, PlatformTransactionManager transactions, CatalogVersions versions) {
        this.jdbc = jdbc;
        // the three reads see one state of the rows
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.cache = new VersionedEventCache<>(versions, id -> snapshot.execute(tx -> load(id)));
    }

    /** The event's tiers and seats now; empty if there is no such event. */
    public Optional<EventLayout> layout(long eventId) {
        return cache.get(eventId);
    }

    /** The same, with the catalog version it is exact to. */
    public Optional<VersionedEventCache.Versioned<EventLayout>> versionedLayout(long eventId) {
        return cache.versioned(eventId);
    }

    /** The layout as of a catalog version just read from Redis ({@link VersionedEventCache#at}); empty if there is no such event. */
    public Optional<VersionedEventCache.Versioned<EventLayout>> layoutAt(long eventId, String version) {
        return cache.at(eventId, version);
    }

    /** The copy held here, of whatever version (null if none): to name that version to Redis, never to answer with. */
    public VersionedEventCache.Versioned<EventLayout> peek(long eventId) {
        return cache.peek(eventId);
    }

    /** As {@link #versionedLayout}, trusting this instance's copy without asking Redis (see {@link VersionedEventCache#lastKnown}). */
    public Optional<VersionedEventCache.Versioned<EventLayout>> lastKnownLayout(long eventId) {
        return cache.lastKnown(eventId);
    }

    private Optional<EventLayout> load(long eventId) {
        Optional<Head> head = jdbc.sql("""
                        select e.kind, coalesce(v.stage_x + v.stage_width / 2, 0), coalesce(v.stage_y + v.stage_depth / 2, 0)
                        from event e left join venue v on v.id = e.venue_id where e.id = ?""")
                .param(eventId)
                .query((rs, n) -> new Head(EventKind.valueOf(rs.getString(1)), rs.getDouble(2), rs.getDouble(3)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<EventLayout.Tier> tiers = jdbc.sql("""
                        select id, code, name, price, capacity from event_tier where event_id = ? order by sort_order, id""")
                .param(eventId)
                .query((rs, n) -> new EventLayout.Tier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        (Integer) rs.getObject(5)))
                .list();
        List<LayoutSeat> seats = head.get().kind() != EventKind.RESERVED ? List.of() : jdbc.sql("""
                        select s.id, s.label, sec.code as section, s.row_label, s.seat_number, s.x, s.y, s.accessible, s.blocked,
                               coalesce(t.id, 0) as tier_id, s.tier_code, coalesce(t.price, 0) as price
                        from event e join seat s on s.venue_id = e.venue_id join venue_section sec on sec.id = s.section_id
                        left join event_tier t on t.event_id = e.id and t.code = s.tier_code
                        where e.id = ? order by s.id""")
                .param(eventId)
                .query((rs, n) -> new LayoutSeat(rs.getLong("id"), rs.getString("label"), rs.getString("section"),
                        rs.getString("row_label"), rs.getInt("seat_number"), rs.getDouble("x"), rs.getDouble("y"),
                        rs.getBoolean("accessible"), rs.getBoolean("blocked"), rs.getLong("tier_id"),
                        rs.getString("tier_code"), rs.getLong("price")))
                .list();
        return Optional.of(new EventLayout(eventId, head.get().kind(), tiers, seats, head.get().stageX(), head.get().stageY()));
    }
}
