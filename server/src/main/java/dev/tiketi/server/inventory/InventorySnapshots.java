package dev.tiketi.server.inventory;

import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Seat and stock snapshots: the layout's seats and tiers from the database, their live status from Redis
 * (read in one script, so a snapshot matches its version). Clients load one, then apply pushes with a
 * higher version.
 */
@Service
public class InventorySnapshots {
    private final Inventory inventory;
    private final JdbcClient jdbc;

    InventorySnapshots(Inventory inventory, JdbcClient jdbc) {
        this.inventory = inventory;
        this.jdbc = jdbc;
    }

    private record SeatRow(long id, String tierCode, boolean blocked) {
    }

    private record TierRow(long id, String code, Integer capacity) {
    }

    /** Every seat of a reserved event (none for GA); the caller has checked the event may be seen. */
    public SeatsSnapshot seats(long eventId) {
        List<SeatRow> rows = seatRows(eventId);
        Inventory.SeatsState state = inventory.seats(eventId);
        List<SeatState> seats = new ArrayList<>(rows.size());
        for (SeatRow row : rows) {
            seats.add(state(row, state));
        }
        return new SeatsSnapshot(eventId, state.version(), seats);
    }

    public StockSnapshot stock(long eventId) {
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
        for (SeatRow row : seatRows(eventId)) {
            int[] c = counts.get(row.tierCode());
            if (c == null) {
                continue;
            }
            SeatStatus status = state(row, state).status();
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

    private List<SeatRow> seatRows(long eventId) {
        return jdbc.sql("""
                select s.id, s.tier_code, s.blocked from seat s join event e on e.venue_id = s.venue_id
                where e.id = ? and e.kind = 'RESERVED' order by s.id""")
                .param(eventId).query((rs, n) -> new SeatRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** A sale outranks a later block; a hold is never taken on a blocked or killed seat, nor a seat killed while held. */
    private static SeatState state(SeatRow row, Inventory.SeatsState state) {
        if (state.sold().contains(row.id())) {
            return new SeatState(row.id(), SeatStatus.SOLD, null);
        }
        if (state.held().containsKey(row.id())) {
            return new SeatState(row.id(), SeatStatus.HELD, state.held().get(row.id()));
        }
        return new SeatState(row.id(), row.blocked() || state.killed().contains(row.id()) ? SeatStatus.BLOCKED : SeatStatus.AVAILABLE, null);
    }
}
