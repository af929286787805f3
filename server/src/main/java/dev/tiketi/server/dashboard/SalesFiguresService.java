package dev.tiketi.server.dashboard;

import dev.tiketi.model.admin.SalesHistory;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.live.SalesFigures;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.inventory.InventorySnapshots;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An event's live sales figures: sold and revenue by channel and tier from the tickets (SQL, as every read of
 * the sales tables), held and the holds in progress from Redis. Read for each push; the REST snapshot adds how the
 * sales grew since the first one ({@link SalesHistory}), from the same tickets.
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

    /** The figures now, without history (a push). The caller has checked that the event exists. */
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
        return withHolds(eventId, clock.instant(), sold, null);
    }

    /**
     * The figures now with their history (the REST snapshot). Both come from one statement, so the history's last
     * point is exactly the figures, whatever is sold meanwhile. The caller has checked that the event exists.
     */
    public SalesFigures snapshot(long eventId) {
        Instant now = clock.instant();
        Instant first = jdbc.sql("select min(created_at) from ticket where event_id = ?").param(eventId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single().orElse(null);
        if (first == null) {
            return withHolds(eventId, now, List.of(), new SalesHistory(SalesHistory.bucketFor(Duration.ZERO).toSeconds(), List.of()));
        }
        if (first.isAfter(now)) {
            first = now;
        }
        long size = SalesHistory.bucketFor(Duration.between(first, now)).toSeconds();
        long firstBucket = Math.floorDiv(first.getEpochSecond(), size);
        long lastBucket = Math.floorDiv(now.getEpochSecond(), size);
        // A ticket adds itself and its price in the bucket of its sale and takes them back in the bucket of its refund
        // or exchange (which also made the new ticket). Whatever is stamped after now (a clock behind the database's
        // rows) counts now, so the last bucket always holds every valid ticket: the same count as figures().
        List<Cell> cells = jdbc.sql("""
                with moves as (
                    select least(t.created_at, ?) as at, t.channel, t.tier_id, 1 as n, t.price as amount
                    from ticket t where t.event_id = ?
                    union all
                    select least(coalesce(t.changed_at, t.created_at), ?), t.channel, t.tier_id, -1, -t.price
                    from ticket t where t.event_id = ? and t.state <> 'VALID'
                ), steps as (
                    select floor(extract(epoch from at) / ?)::bigint as b, channel, tier_id, sum(n) as n, sum(amount) as amount
                    from moves group by 1, 2, 3
                ), grid as (
                    select b, k.channel, k.tier_id
                    from generate_series(cast(? as bigint), cast(? as bigint)) b cross join (select distinct channel, tier_id from steps) k
                )
                select g.b, g.channel, et.code, et.sort_order,
                       sum(coalesce(s.n, 0)) over w as sold, sum(coalesce(s.amount, 0)) over w as revenue
                from grid g join event_tier et on et.id = g.tier_id
                     left join steps s on s.b = g.b and s.channel = g.channel and s.tier_id = g.tier_id
                window w as (partition by g.channel, g.tier_id order by g.b)
                order by g.b, g.channel, et.sort_order, et.code""")
                .params(utc(now), eventId, utc(now), eventId, size, firstBucket, lastBucket)
                .query((rs, n) -> new Cell(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getLong(6)))
                .list();
        List<SalesHistory.Point> points = new ArrayList<>();
        points.add(point(Instant.ofEpochSecond(firstBucket * size),
                cells.stream().filter(c -> c.bucket() == firstBucket).map(Cell::none).toList()));
        for (long b = firstBucket; b <= lastBucket; b++) {
            long bucket = b;
            Instant end = b == lastBucket ? now : Instant.ofEpochSecond((b + 1) * size);
            points.add(point(end, cells.stream().filter(c -> c.bucket() == bucket).toList()));
        }
        List<SalesFigures.SalesFigure> sold = cells.stream().filter(c -> c.bucket() == lastBucket && c.sold() > 0)
                .map(c -> new SalesFigures.SalesFigure(c.channel(), c.tierCode(), c.sold(), c.revenue())).toList();
        return withHolds(eventId, now, sold, new SalesHistory(size, List.copyOf(points)));
    }

    /** One channel and tier, sold so far at the end of one bucket. */
    private record Cell(long bucket, Channel channel, String tierCode, int tierOrder, int sold, long revenue) {
        Cell none() {
            return new Cell(bucket, channel, tierCode, tierOrder, 0, 0);
        }
    }

    private static SalesHistory.Point point(Instant at, List<Cell> cells) {
        Map<Channel, long[]> byChannel = new LinkedHashMap<>();
        Map<String, long[]> byTier = new LinkedHashMap<>();
        for (Cell c : cells) { // by channel, then tier
            add(byChannel.computeIfAbsent(c.channel(), k -> new long[2]), c);
        }
        for (Cell c : cells.stream().sorted(Comparator.comparingInt(Cell::tierOrder).thenComparing(Cell::tierCode)).toList()) {
            add(byTier.computeIfAbsent(c.tierCode(), k -> new long[2]), c);
        }
        return new SalesHistory.Point(at, cells.stream().mapToInt(Cell::sold).sum(), cells.stream().mapToLong(Cell::revenue).sum(),
                byChannel.entrySet().stream()
                        .map(e -> new SalesHistory.ByChannel(e.getKey(), (int) e.getValue()[0], e.getValue()[1])).toList(),
                byTier.entrySet().stream().map(e -> new SalesHistory.ByTier(e.getKey(), (int) e.getValue()[0], e.getValue()[1])).toList());
    }

    private static void add(long[] sums, Cell c) {
        sums[0] += c.sold();
        sums[1] += c.revenue();
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private SalesFigures withHolds(long eventId, Instant at, List<SalesFigures.SalesFigure> sold, SalesHistory history) {
        int held = snapshots.stock(eventId).tiers().stream().mapToInt(TierAvailability::held).sum();
        Inventory.Holds holds = inventory.holds(eventId, SalesFigures.MOST_HOLDS_LISTED);
        List<SalesFigures.ActiveHold> active = holds.first().stream().map(SalesFiguresService::active).toList();
        return new SalesFigures(eventId, at, sold.stream().mapToInt(SalesFigures.SalesFigure::sold).sum(),
                sold.stream().mapToLong(SalesFigures.SalesFigure::revenue).sum(), held, (int) holds.count(), sold, active, history);
    }

    private static SalesFigures.ActiveHold active(HoldRecord h) {
        // the owner is "u<id>" for a customer, "u<id>@<terminal>" for staff and kiosks (ShopperIds)
        int at = h.owner().indexOf('@');
        String terminal = at < 0 || at == h.owner().length() - 1 ? null : h.owner().substring(at + 1);
        return new SalesFigures.ActiveHold(h.holdId(), h.buyerId(), terminal, h.quantity(), h.total(), h.expiresAt(), h.beingPaid());
    }
}
