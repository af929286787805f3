package dev.tiketi.model.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Put killed seats of the event back on sale; seats not killed are left as they are. */
public record SeatFreeRequest(@NotEmpty @Size(max = 500) List<@NotNull @Positive Long> seatIds) {
}
