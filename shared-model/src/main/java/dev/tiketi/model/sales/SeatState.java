package dev.tiketi.model.sales;

import java.time.Instant;

/** One seat's status; holdExpiresAt only for HELD seats. */
public record SeatState(long seatId, SeatStatus status, Instant holdExpiresAt) {
}
