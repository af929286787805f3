package dev.tiketi.server.holds;

import dev.tiketi.server.catalog.EventLayout;
import dev.tiketi.server.catalog.EventLayoutCache;
import dev.tiketi.server.catalog.LayoutSeat;
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

    private Optional<EventLayout> layout(long eventId) {
        return layouts.layout(eventId);
    }

    /** The listed seats that belong to the event's venue and are priced; others are simply absent. */
    List<LayoutSeat> byIds(long eventId, List<Long> ids) {
        EventLayout layout = layout(eventId).orElse(null);
        List<LayoutSeat> found = new ArrayList<>(ids.size());
        if (layout != null) {
            for (Long id : ids) {
                layout.seat(id).filter(LayoutSeat::priced).ifPresent(found::add);
            }
        }
        return found;
    }

    List<LayoutSeat> inTier(long eventId, long tierId) {
        return layout(eventId).map(l -> l.seatsOfTier(tierId)).orElse(List.of());
    }

    Optional<EventLayout.Tier> tier(long eventId, long tierId) {
        return layout(eventId).flatMap(l -> l.tier(tierId));
    }

    List<EventLayout.Tier> tiers(long eventId) {
        return layout(eventId).map(EventLayout::tiers).orElse(List.of());
    }

    /** The centre of the stage, where the best seats look. */
    double[] stageCentre(long eventId) {
        return layout(eventId).map(l -> new double[] {l.stageX(), l.stageY()}).orElse(new double[] {0, 0});
    }

    /** Valid tickets a customer already bought for the event (they count against the per-customer limit). */
    int boughtBy(long userId, long eventId) {
        return jdbc.sql("""
                select count(*) from ticket t join customer_order o on o.id = t.order_id
                where o.user_id = ? and t.event_id = ? and t.state = 'VALID'""")
                .params(userId, eventId).query(Integer.class).single();
    }
}
