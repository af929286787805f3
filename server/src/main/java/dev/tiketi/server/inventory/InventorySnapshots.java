package dev.tiketi.server.inventory;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.catalog.AnswerBytes;
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
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seat and stock snapshots: the seats and tiers from the event's {@link EventLayoutCache layout} (per instance, exact
 * to the catalog version), their live state from Redis. A read is one script (event_stock.lua, event_seats.lua) that
 * answers the catalog version, the inventory version and the state in one step, so a warm read is one round trip and
 * its parts answer for one moment; the layout and the sale terms are then the copies of that catalog version. Stock of
 * a reserved event comes from the per-tier counters the seat scripts keep (seat_counts.lua): a few fields however big
 * the hall. What a request writes is kept as JSON bytes per event while what it is made of is unchanged
 * ({@link AnswerBytes}). Clients load a snapshot, then apply pushes with a higher version.
 */
@Service
public class InventorySnapshots {
    /** A cold read: set the catalog version, load the layout, load the inventory, give the seats their tiers, answer. */
    private static final int READ_ATTEMPTS = 8;

    private final Inventory inventory;
    private final EventLayoutCache layouts;
    private final JdbcClient jdbc;
    /** Seats for sale per tier of each event's layout, counted once per layout. */
    private final Map<Long, Capacities> capacities = new ConcurrentHashMap<>();
    /** Each event's last seat map as JSON, exact to its two versions; a 20,000-seat map is about a megabyte. */
    private final AnswerBytes<SeatsKey> seatAnswers;
    /** Each event's last stock as JSON, keyed by the stock itself. */
    private final AnswerBytes<StockSnapshot> stockAnswers;

    private record Capacities(EventLayout layout, Map<Long, Integer> seats) {
    }

    /** A seat map is a function of the layout (named by the catalog version) and the seats' state (by the version). */
    private record SeatsKey(String catalogVersion, long version) {
    }

    /**
     * A stock read, with the catalog version it is exact to and what the caller's gate made of that version (the
     * event's terms, say) before anything was loaded for it.
     */
    public record StockRead<T>(String catalogVersion, T gated, StockSnapshot stock) {
    }

    InventorySnapshots(Inventory inventory, EventLayoutCache layouts, JdbcClient jdbc, JsonMapper json) {
        this.inventory = inventory;
        this.layouts = layouts;
        this.jdbc = jdbc;
        this.seatAnswers = new AnswerBytes<>(json, 256, 32L << 20);
        this.stockAnswers = new AnswerBytes<>(json, 4096, 8L << 20);
    }

    /**
     * Every seat of a reserved event (none for GA) as the JSON of a {@link SeatsSnapshot}; empty if there is no such
     * event. {@code gate} gets the catalog version the map will be exact to before anything is loaded for the event,
     * and throws if the caller may not see it.
     */
    public Optional<byte[]> seatsJson(long eventId, Consumer<String> gate) {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            SeatsKey last = seatAnswers.key(eventId);
            Inventory.SeatsRead read = inventory.readSeats(eventId, last == null ? null : last.catalogVersion(),
                    last == null ? -1 : last.version());
            if (read.catalogVersion() == null) {
                // no catalog version in Redis (never read, or lost): the layout cache sets one and reads the rows after it
                if (layouts.versionedLayout(eventId).isEmpty()) {
                    return Optional.empty();
                }
                continue;
            }
            gate.accept(read.catalogVersion());
            if (!read.loaded()) {
                inventory.load(eventId);
                continue;
            }
            SeatsKey key = new SeatsKey(read.catalogVersion(), read.version());
            if (read.state() == null) {
                byte[] kept = seatAnswers.ifKey(eventId, key);
                if (kept != null) {
                    return Optional.of(kept);
                }
                continue; // replaced meanwhile by another version's map: read the seats in full
            }
            Optional<Versioned<EventLayout>> layout = layouts.layoutAt(eventId, read.catalogVersion());
            if (layout.isEmpty()) {
                return Optional.empty();
            }
            SeatsSnapshot snapshot = seats(layout.get().value(), read.version(), read.state());
            return Optional.of(seatAnswers.bytes(eventId, key, () -> snapshot));
        }
        throw busy();
    }

    private static SeatsSnapshot seats(EventLayout layout, long version, Inventory.SeatsState state) {
        if (layout.kind() != EventKind.RESERVED) {
            return new SeatsSnapshot(layout.eventId(), version, List.of());
        }
        List<SeatState> seats = new ArrayList<>(layout.seats().size());
        for (LayoutSeat seat : layout.seats()) {
            seats.add(state(seat.id(), seat.blocked(), state));
        }
        return new SeatsSnapshot(layout.eventId(), version, List.copyOf(seats));
    }

    /**
     * Capacity, available, held and sold per tier. Reserved seating: capacity = the tier's priced seats the layout does
     * not block, less those killed for the event; held, sold and killed from the counters, which are kept under the
     * tiers of one catalog version: when that is not the layout's, the seats get the layout's tiers first (once per
     * admin change).
     */
    public StockSnapshot stock(long eventId) {
        return read(eventId, version -> null).map(StockRead::stock)
                .orElseGet(() -> new StockSnapshot(eventId, inventory.version(eventId), List.of()));
    }

    /** The stock as the JSON of a {@link StockSnapshot}; empty if there is no such event. {@code gate} as for {@link #seatsJson}. */
    public Optional<byte[]> stockJson(long eventId, Consumer<String> gate) {
        return read(eventId, version -> {
            gate.accept(version);
            return null;
        }).map(read -> stockAnswers.bytes(eventId, read.stock(), read::stock));
    }

    /**
     * The stock in one round trip when warm: the catalog version, the version and the counters read together, then
     * the layout of that catalog version. {@code gate} is applied to the catalog version before the event's inventory
     * is loaded or its tiers given (it may throw: the caller may not see the event); empty if there is no such event.
     */
    public <T> Optional<StockRead<T>> read(long eventId, Function<String, T> gate) {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            Versioned<EventLayout> known = layouts.peek(eventId);
            EventLayout guess = known == null ? null : known.value();
            Inventory.StockRead read = inventory.readStock(eventId, guess == null ? null : guess.kind(),
                    guess == null ? List.of() : tierIds(guess));
            String version = read.catalogVersion();
            if (version == null) {
                if (layouts.versionedLayout(eventId).isEmpty()) {
                    return Optional.empty();
                }
                continue;
            }
            T gated = gate.apply(version);
            if (known == null || !known.version().equals(version)) {
                // this instance's layout is of another version: take this one's, then read its tiers' counters
                if (layouts.layoutAt(eventId, version).isEmpty()) {
                    return Optional.empty();
                }
                continue;
            }
            if (!read.loaded()) {
                inventory.load(eventId);
                continue;
            }
            EventLayout layout = known.value();
            if (layout.kind() == EventKind.GA) {
                return Optional.of(new StockRead<>(version, gated, gaStock(layout, read.version(), read.gaTiers())));
            }
            if (!version.equals(read.countsCatalogVersion())) {
                giveTiers(eventId, version, layout);
                continue;
            }
            return Optional.of(new StockRead<>(version, gated, seatStock(layout, read.version(), read.seatCounts())));
        }
        throw busy();
    }

    private static List<Long> tierIds(EventLayout layout) {
        List<Long> ids = new ArrayList<>(layout.tiers().size());
        layout.tiers().forEach(t -> ids.add(t.id()));
        return ids;
    }

    private static RetryLaterException busy() {
        // the catalog or the inventory kept changing under the reads (an admin at work, Redis reloading): the next read settles
        return new RetryLaterException(ErrorCode.SERVICE_UNAVAILABLE, "The event is being changed; try again.", 1);
    }

    private StockSnapshot gaStock(EventLayout layout, long version, List<Inventory.TierStock> stock) {
        List<EventLayout.Tier> tiers = layout.tiers();
        List<TierAvailability> out = new ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            Inventory.TierStock s = stock.get(i);
            out.add(new TierAvailability(tiers.get(i).code(), s.capacity(), Math.max(0, s.capacity() - s.held() - s.sold()),
                    s.held(), s.sold()));
        }
        return new StockSnapshot(layout.eventId(), version, out);
    }

    private StockSnapshot seatStock(EventLayout layout, long version, Map<Long, Inventory.SeatCounts> counts) {
        Map<Long, Integer> forSale = forSale(layout);
        List<TierAvailability> out = new ArrayList<>(layout.tiers().size());
        for (EventLayout.Tier tier : layout.tiers()) {
            Inventory.SeatCounts c = counts.get(tier.id());
            int held = c == null ? 0 : c.held();
            int sold = c == null ? 0 : c.sold();
            int capacity = forSale.getOrDefault(tier.id(), 0) - (c == null ? 0 : c.killed());
            out.add(new TierAvailability(tier.code(), capacity, capacity - held - sold, held, sold));
        }
        return new StockSnapshot(layout.eventId(), version, out);
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
