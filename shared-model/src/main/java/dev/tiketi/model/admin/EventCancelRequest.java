package dev.tiketi.model.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Cancel an event; {@code orders} says what happens to what was sold. {@code reason} goes into the audit log. */
public record EventCancelRequest(@NotNull CancelChoice orders, @Size(max = 200) String reason) {
}
