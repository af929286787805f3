package dev.tiketi.server.holds;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Seats and tiers of an event as a hold needs them: label, position, tier and price. */
@Repository
class SaleSeats {
    private static final String SEAT_SELECT = """
            select s.id, s.label, sec.code as section, s.row_label, s.seat_number, s.x, s.y, s.accessible, s.blocked,
                   t.id as tier_id, t.code as tier_code, t.price
            from event e join seat s on s.venue_id = e.venue_id join venue_section sec on sec.id = s.section_id
            join event_tier t on t.event_id = e.id and t.code = s.tier_code
            where e.id = :event and e.kind = 'RESERVED'""";

    private final JdbcClient jdbc;

    SaleSeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The listed seats that belong to the event's venue and are priced; others are simply absent. */
    List<BestAvailable.Seat> byIds(long eventId, List<Long> ids) {
        return jdbc.sql(SEAT_SELECT + " and s.id = any(:ids)").param("event", eventId)
                .param("ids", ids.toArray(Long[]::new)).query(SaleSeats::seat).list();
    }

    List<BestAvailable.Seat> inTier(long eventId, long tierId) {
        return jdbc.sql(SEAT_SELECT + " and t.id = :tier").param("event", eventId).param("tier", tierId)
                .query(SaleSeats::seat).list();
    }

    record Tier(long id, String code, String name, long price, Integer capacity) {
    }

    Optional<Tier> tier(long eventId, long tierId) {
        return jdbc.sql("select id, code, name, price, capacity from event_tier where event_id = ? and id = ?")
                .params(eventId, tierId)
                .query((rs, n) -> new Tier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        (Integer) rs.getObject(5)))
                .optional();
    }

    List<Tier> tiers(long eventId) {
        return jdbc.sql("select id, code, name, price, capacity from event_tier where event_id = ?").param(eventId)
                .query((rs, n) -> new Tier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        (Integer) rs.getObject(5)))
                .list();
    }

    /** The centre of the stage, where the best seats look. */
    double[] stageCentre(long eventId) {
        return jdbc.sql("""
                select v.stage_x + v.stage_width / 2, v.stage_y + v.stage_depth / 2
                from event e join venue v on v.id = e.venue_id where e.id = ?""")
                .param(eventId).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional()
                .orElse(new double[] {0, 0});
    }

    /** Valid tickets a customer already bought for the event (they count against the per-customer limit). */
    int boughtBy(long userId, long eventId) {
        return jdbc.sql("""
                select count(*) from ticket t join customer_order o on o.id = t.order_id
                where o.user_id = ? and t.event_id = ? and t.state = 'VALID'""")
                .params(userId, eventId).query(Integer.class).single();
    }

    private static BestAvailable.Seat seat(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BestAvailable.Seat(rs.getLong("id"), rs.getString("label"), rs.getString("section"),
                rs.getString("row_label"), rs.getInt("seat_number"), rs.getDouble("x"), rs.getDouble("y"),
                rs.getBoolean("accessible"), rs.getBoolean("blocked"), rs.getLong("tier_id"), rs.getString("tier_code"),
                rs.getLong("price"));
    }
}
