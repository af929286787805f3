package dev.tiketi.model.sales;

import java.util.List;

/**
 * Every seat of a reserved event with its status, as of {@code version}: pushes with a higher version
 * apply on top of it; a gap means reload.
 */
public record SeatsSnapshot(long eventId, long version, List<SeatState> seats) {
}
