package dev.tiketi.server.holds;

import dev.tiketi.server.catalog.EventLayout;
import dev.tiketi.server.catalog.EventLayoutCache;
import dev.tiketi.server.catalog.LayoutSeat;
import dev.tiketi.server.catalog.VersionedEventCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Seats and tiers of an event as a hold needs them: label, position, tier and price, from the per-instance
 * {@link EventLayoutCache}; only what a customer already bought is read from PostgreSQL.
 */
@Repository
class SaleSeats {
    private final JdbcClient jdbc;
    private final EventLayoutCache layouts;

    SaleSeats(JdbcClient jdbc, EventLayoutCache layouts) {
        this.jdbc = jdbc;
        this.layouts = layouts;
    }

    /**
     * The event's layout with the catalog version it was read under; {@code checked} false trusts this instance's copy
     * without asking Redis (for a hold, whose script checks the version in the same step as the hold).
     */
    Optional<VersionedEventCache.Versioned<EventLayout>> layout(long eventId, boolean checked) {
        return checked ? layouts.versionedLayout(eventId) : layouts.lastKnownLayout(eventId);
    }

    private Optional<EventLayout> layout(long eventId) {
        return layouts.layout(eventId);
    }

    /** The listed seats that belong to the event's venue and are priced; others are simply absent. */
    List<LayoutSeat> byIds(long eventId, List<Long> ids) {
        return byIds(layout(eventId).orElse(null), ids);
    }

    /** As {@link #byIds(long, List)}, from a layout the caller holds (null: none found). */
    static List<LayoutSeat> byIds(EventLayout layout, List<Long> ids) {
        List<LayoutSeat> found = new ArrayList<>(ids.size());
        if (layout != null) {
            for (Long id : ids) {
                layout.seat(id).filter(LayoutSeat::priced).ifPresent(found::add);
            }
        }
        return found;
    }

    List<EventLayout.Tier> tiers(long eventId) {
        return layout(eventId).map(EventLayout::tiers).orElse(List.of());
    }

    /** Valid tickets a customer already bought for the event (they count against the per-customer limit). */
    int boughtBy(long userId, long eventId) {
        return jdbc.sql("""
                select count(*) from ticket t join customer_order o on o.id = t.order_id
                where o.user_id = ? and t.event_id = ? and t.state = 'VALID'""")
                .params(userId, eventId).query(Integer.class).single();
    }
}
