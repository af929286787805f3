package dev.tiketi.model.admin;

import java.util.List;

/** Every seat off sale for the event, by label. */
public record SeatKillsView(long eventId, List<SeatKillView> kills) {
}
