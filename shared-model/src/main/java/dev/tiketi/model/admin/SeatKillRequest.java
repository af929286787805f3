package dev.tiketi.model.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Take these seats of the event's venue off sale for this event, all or none: refused with SEAT_NOT_FREE when one
 * is sold or held, SEAT_BLOCKED when one is blocked in the layout already. Seats killed already stay as they are.
 */
public record SeatKillRequest(@NotEmpty @Size(max = 500) List<@NotNull @Positive Long> seatIds,
                              @NotNull KillReason reason,
                              @Size(max = 200) String note) {
}
