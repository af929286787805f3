package dev.tiketi.model.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * An event's waiting-room settings. {@code threshold} is the most users admitted at once;
 * {@code admissionsPerMinute} caps how fast they come in; an admitted user who does nothing for
 * {@code idleTimeoutSeconds} loses the slot; a waiting user not heard from for {@code abandonTimeoutSeconds}
 * loses the place.
 */
public record QueueSettings(@NotNull QueueMode mode,
                            @NotNull @Min(1) @Max(1_000_000) Integer threshold,
                            @NotNull @Min(1) @Max(1_000_000) Integer admissionsPerMinute,
                            @NotNull @Min(30) @Max(86_400) Integer idleTimeoutSeconds,
                            @NotNull @Min(15) @Max(3_600) Integer abandonTimeoutSeconds) {
}
