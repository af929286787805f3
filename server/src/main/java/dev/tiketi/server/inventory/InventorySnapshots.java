package dev.tiketi.server.inventory;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.catalog.EventLayout;
import dev.tiketi.server.catalog.EventLayoutCache;
import dev.tiketi.server.catalog.LayoutSeat;
import dev.tiketi.server.catalog.VersionedEventCache.Versioned;
import dev.tiketi.server.error.RetryLaterException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Seat and stock snapshots: the seats and tiers from the event's {@link EventLayoutCache layout} (per instance, exact
 * to the catalog version), their live state from Redis in one script with the inventory version, so a snapshot
 * matches its version and a read in a rush touches no PostgreSQL. Stock of a reserved event comes from the per-tier
 * counters the seat scripts keep (seat_counts.lua): a few fields however big the hall. Clients load a snapshot, then
 * apply pushes with a higher version.
 */
@Service
public class InventorySnapshots {
    private static final int TIER_ATTEMPTS = 3;

    private final Inventory inventory;
    private final EventLayoutCache layouts;
    private final JdbcClient jdbc;
    /** The last seat snapshot built per event, with the layout it was built on; reused while the version stands. */
    private final Map<Long, BuiltSeats> lastSeats = new ConcurrentHashMap<>();
    /** Seats for sale per tier of each event's layout, counted once per layout. */
    private final Map<Long, Capacities> capacities = new ConcurrentHashMap<>();

    private record BuiltSeats(EventLayout layout, SeatsSnapshot snapshot) {
    }

    private record Capacities(EventLayout layout, Map<Long, Integer> seats) {
    }

    InventorySnapshots(Inventory inventory, EventLayoutCache layouts, JdbcClient jdbc) {
        this.inventory = inventory;
        this.layouts = layouts;
        this.jdbc = jdbc;
    }

    /** Every seat of a reserved event (none for GA); the caller has checked the event may be seen. */
    public SeatsSnapshot seats(long eventId) {
        EventLayout layout = layouts.layout(eventId).orElse(null);
        if (layout == null || layout.kind() != EventKind.RESERVED) {
            return new SeatsSnapshot(eventId, inventory.seats(eventId).version(), List.of());
        }
        BuiltSeats last = lastSeats.get(eventId);
        // the version is compared inside the script that would read the statuses: an unchanged one means unchanged seats
        long known = last != null && last.layout() == layout ? last.snapshot().version() : -1;
        Optional<Inventory.SeatsState> changed = inventory.seatsIfChanged(eventId, known);
        if (changed.isEmpty()) {
            return last.snapshot();
        }
        Inventory.SeatsState state = changed.get();
        List<SeatState> seats = new ArrayList<>(layout.seats().size());
        for (LayoutSeat seat : layout.seats()) {
            seats.add(state(seat.id(), seat.blocked(), state));
        }
        SeatsSnapshot snapshot = new SeatsSnapshot(eventId, state.version(), List.copyOf(seats));
        lastSeats.put(eventId, new BuiltSeats(layout, snapshot));
        return snapshot;
    }

    /**
     * Capacity, available, held and sold per tier. Reserved seating: capacity = the tier's priced seats the layout does
     * not block, less those killed for the event; held, sold and killed from the counters, which are kept under the
     * tiers of one catalog version: when that is not the layout's, the seats get the layout's tiers first (once per
     * admin change).
     */
    public StockSnapshot stock(long eventId) {
        for (int attempt = 0; ; attempt++) {
            Optional<Versioned<EventLayout>> read = layouts.versionedLayout(eventId);
            if (read.isEmpty()) {
                return new StockSnapshot(eventId, inventory.version(eventId), List.of());
            }
            EventLayout layout = read.get().value();
            if (layout.kind() == EventKind.GA) {
                return gaStock(layout);
            }
            List<Long> tierIds = layout.tiers().stream().map(EventLayout.Tier::id).toList();
            Optional<Inventory.SeatStock> stock = inventory.seatStock(eventId, read.get().version(), tierIds);
            if (stock.isPresent()) {
                return seatStock(layout, stock.get());
            }
            if (attempt == TIER_ATTEMPTS) {
                // the catalog kept changing under the reads: an admin is at work; the next read will settle
                throw new RetryLaterException(ErrorCode.SERVICE_UNAVAILABLE, "The event is being changed; try again.", 1);
            }
            giveTiers(eventId, read.get().version(), layout);
        }
    }

    private StockSnapshot gaStock(EventLayout layout) {
        List<EventLayout.Tier> tiers = layout.tiers();
        Inventory.StockState state = inventory.stock(layout.eventId(), tiers.stream().map(EventLayout.Tier::id).toList());
        List<TierAvailability> out = new ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            Inventory.TierStock s = state.tiers().get(i);
            out.add(new TierAvailability(tiers.get(i).code(), s.capacity(), Math.max(0, s.capacity() - s.held() - s.sold()),
                    s.held(), s.sold()));
        }
        return new StockSnapshot(layout.eventId(), state.version(), out);
    }

    private StockSnapshot seatStock(EventLayout layout, Inventory.SeatStock stock) {
        Map<Long, Integer> forSale = forSale(layout);
        List<TierAvailability> out = new ArrayList<>(layout.tiers().size());
        for (int i = 0; i < layout.tiers().size(); i++) {
            EventLayout.Tier tier = layout.tiers().get(i);
            Inventory.SeatCounts c = stock.tiers().get(i);
            int capacity = forSale.getOrDefault(tier.id(), 0) - c.killed();
            out.add(new TierAvailability(tier.code(), capacity, capacity - c.held() - c.sold(), c.held(), c.sold()));
        }
        return new StockSnapshot(layout.eventId(), stock.version(), out);
    }

    private Map<Long, Integer> forSale(EventLayout layout) {
        Capacities known = capacities.get(layout.eventId());
        if (known != null && known.layout() == layout) {
            return known.seats();
        }
        Map<Long, Integer> seats = new LinkedHashMap<>();
        for (EventLayout.Tier tier : layout.tiers()) {
            seats.put(tier.id(), (int) layout.seatsOfTier(tier.id()).stream().filter(s -> !s.blocked()).count());
        }
        capacities.put(layout.eventId(), new Capacities(layout, seats));
        return seats;
    }

    private void giveTiers(long eventId, String catalogVersion, EventLayout layout) {
        List<LayoutSeat> counted = layout.seats().stream().filter(s -> s.priced() && !s.blocked()).toList();
        long[] seatIds = new long[counted.size()];
        long[] tierIds = new long[counted.size()];
        for (int i = 0; i < seatIds.length; i++) {
            seatIds[i] = counted.get(i).id();
            tierIds[i] = counted.get(i).tierId();
        }
        inventory.giveTiers(eventId, catalogVersion, seatIds, tierIds);
    }

    private record SeatRow(long id, String tierCode, boolean blocked) {
    }

    private record TierRow(long id, String code, Integer capacity) {
    }

    /**
     * Stock counted from every seat, with the tiers and seats read from the database in the caller's transaction
     * (no cache): for an admin's answer about the change it is making, which no cache may hold before it commits.
     */
    public StockSnapshot recount(long eventId) {
        List<TierRow> tiers = jdbc.sql("select id, code, capacity from event_tier where event_id = ? order by sort_order, id")
                .param(eventId).query((rs, n) -> new TierRow(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3))).list();
        boolean ga = !tiers.isEmpty() && tiers.get(0).capacity() != null;
        List<TierAvailability> out = new ArrayList<>();
        if (ga) {
            Inventory.StockState state = inventory.stock(eventId, tiers.stream().map(TierRow::id).toList());
            for (int i = 0; i < tiers.size(); i++) {
                Inventory.TierStock s = state.tiers().get(i);
                out.add(new TierAvailability(tiers.get(i).code(), s.capacity(), Math.max(0, s.capacity() - s.held() - s.sold()),
                        s.held(), s.sold()));
            }
            return new StockSnapshot(eventId, state.version(), out);
        }
        Inventory.SeatsState state = inventory.seats(eventId);
        Map<String, int[]> counts = new LinkedHashMap<>();
        tiers.forEach(t -> counts.put(t.code(), new int[3]));
        List<SeatRow> rows = jdbc.sql("""
                select s.id, s.tier_code, s.blocked from seat s join event e on e.venue_id = s.venue_id
                where e.id = ? and e.kind = 'RESERVED' order by s.id""")
                .param(eventId).query((rs, n) -> new SeatRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
        for (SeatRow row : rows) {
            int[] c = counts.get(row.tierCode());
            if (c == null) {
                continue;
            }
            SeatStatus status = state(row.id(), row.blocked(), state).status();
            if (status != SeatStatus.BLOCKED) {
                c[0]++;
            }
            if (status == SeatStatus.HELD) {
                c[1]++;
            } else if (status == SeatStatus.SOLD) {
                c[2]++;
            }
        }
        counts.forEach((code, c) -> out.add(new TierAvailability(code, c[0], c[0] - c[1] - c[2], c[1], c[2])));
        return new StockSnapshot(eventId, state.version(), out);
    }

    /** A sale outranks a later block; a hold is never taken on a blocked or killed seat, nor a seat killed while held. */
    private static SeatState state(long seatId, boolean blocked, Inventory.SeatsState state) {
        if (state.sold().contains(seatId)) {
            return new SeatState(seatId, SeatStatus.SOLD, null);
        }
        if (state.held().containsKey(seatId)) {
            return new SeatState(seatId, SeatStatus.HELD, state.held().get(seatId));
        }
        return new SeatState(seatId, blocked || state.killed().contains(seatId) ? SeatStatus.BLOCKED : SeatStatus.AVAILABLE, null);
    }
}
