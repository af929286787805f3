package dev.tiketi.server.dashboard;

import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.live.SalesFigures;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.inventory.InventorySnapshots;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An event's live sales figures: sold and revenue by channel and tier from the tickets (SQL, as every read of
 * the sales tables), held and the holds in progress from Redis. Read for the REST snapshot and for each push.
 */
@Service
public class SalesFiguresService {
    private final JdbcClient jdbc;
    private final Inventory inventory;
    private final InventorySnapshots snapshots;
    private final Clock clock;

    SalesFiguresService(JdbcClient jdbc, Inventory inventory, InventorySnapshots snapshots, Clock clock) {
        this.jdbc = jdbc;
        this.inventory = inventory;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** The caller has checked that the event exists. */
    public SalesFigures figures(long eventId) {
        List<SalesFigures.SalesFigure> sold = jdbc.sql("""
                select t.channel, et.code, count(*) as sold, coalesce(sum(t.price), 0) as revenue
                from ticket t join event_tier et on et.id = t.tier_id
                where t.event_id = ? and t.state = 'VALID'
                group by t.channel, et.code, et.sort_order order by t.channel, et.sort_order, et.code""")
                .param(eventId)
                .query((rs, n) -> new SalesFigures.SalesFigure(Channel.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        rs.getLong(4)))
                .list();
        int held = snapshots.stock(eventId).tiers().stream().mapToInt(TierAvailability::held).sum();
        Inventory.Holds holds = inventory.holds(eventId, SalesFigures.MOST_HOLDS_LISTED);
        List<SalesFigures.ActiveHold> active = holds.first().stream().map(SalesFiguresService::active).toList();
        return new SalesFigures(eventId, clock.instant(), sold.stream().mapToInt(SalesFigures.SalesFigure::sold).sum(),
                sold.stream().mapToLong(SalesFigures.SalesFigure::revenue).sum(), held, (int) holds.count(), sold, active);
    }

    private static SalesFigures.ActiveHold active(HoldRecord h) {
        // the owner is "u<id>" for a customer, "u<id>@<terminal>" for staff and kiosks (ShopperIds)
        int at = h.owner().indexOf('@');
        String terminal = at < 0 || at == h.owner().length() - 1 ? null : h.owner().substring(at + 1);
        return new SalesFigures.ActiveHold(h.holdId(), h.buyerId(), terminal, h.quantity(), h.total(), h.expiresAt(), h.beingPaid());
    }
}
