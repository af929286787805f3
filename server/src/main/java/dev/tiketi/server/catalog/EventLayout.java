package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An event's tiers and seats as one immutable value, read once per catalog version ({@link EventLayoutCache}) so
 * holds and snapshots in a rush read no PostgreSQL. Seats are in id order; a GA event has none.
 */
public final class EventLayout {
    /** A tier of the event: its price, and its capacity for GA (null for reserved seating). */
    public record Tier(long id, String code, String name, long price, Integer capacity) {
    }

    private final long eventId;
    private final EventKind kind;
    private final List<Tier> tiers;
    private final List<LayoutSeat> seats;
    private final double stageX;
    private final double stageY;
    private final Map<Long, Tier> tierById = new LinkedHashMap<>();
    private final Map<Long, LayoutSeat> seatById;
    private final Map<Long, List<LayoutSeat>> seatsByTier = new LinkedHashMap<>();

    EventLayout(long eventId, EventKind kind, List<Tier> tiers, List<LayoutSeat> seats, double stageX, double stageY) {
        this.eventId = eventId;
        this.kind = kind;
        this.tiers = List.copyOf(tiers);
        this.seats = List.copyOf(seats);
        this.stageX = stageX;
        this.stageY = stageY;
        this.seatById = new java.util.HashMap<>(seats.size() * 2);
        tiers.forEach(t -> tierById.put(t.id(), t));
        for (LayoutSeat s : this.seats) {
            seatById.put(s.id(), s);
            if (s.priced()) {
                seatsByTier.computeIfAbsent(s.tierId(), t -> new ArrayList<>()).add(s);
            }
        }
        seatsByTier.replaceAll((t, list) -> Collections.unmodifiableList(list));
    }

    public long eventId() {
        return eventId;
    }

    public EventKind kind() {
        return kind;
    }

    /** In the event's order (sort order, then id). */
    public List<Tier> tiers() {
        return tiers;
    }

    public Optional<Tier> tier(long tierId) {
        return Optional.ofNullable(tierById.get(tierId));
    }

    /** Every seat of the venue, priced or not, in id order. */
    public List<LayoutSeat> seats() {
        return seats;
    }

    public Optional<LayoutSeat> seat(long seatId) {
        return Optional.ofNullable(seatById.get(seatId));
    }

    /** The priced seats of one tier, in id order (empty for an unknown tier). */
    public List<LayoutSeat> seatsOfTier(long tierId) {
        return seatsByTier.getOrDefault(tierId, List.of());
    }

    /** The centre of the stage, where the best seats look. */
    public double stageX() {
        return stageX;
    }

    public double stageY() {
        return stageY;
    }
}
