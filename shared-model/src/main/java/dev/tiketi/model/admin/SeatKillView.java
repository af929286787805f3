package dev.tiketi.model.admin;

import java.time.Instant;

/** A seat off sale for one event: which, why, when and by whom (username). */
public record SeatKillView(long seatId, String label, KillReason reason, String note, Instant killedAt, String killedBy) {
}
