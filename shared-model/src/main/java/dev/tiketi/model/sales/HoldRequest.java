package dev.tiketi.model.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One of three shapes: {@code {seatIds}} (chosen seats), {@code {tierId, quantity}} (GA stock), or
 * {@code {tierId, quantity, bestAvailable: true}} (the server picks reserved seats together, nearest the
 * stage centre; accessible seats only when {@code accessible} is true).
 */
public record HoldRequest(@Size(min = 1, max = 100) List<@NotNull @Positive Long> seatIds,
                          @Positive Long tierId,
                          @Min(1) @Max(100) Integer quantity,
                          Boolean bestAvailable,
                          Boolean accessible) {

    public static HoldRequest seats(List<Long> seatIds) {
        return new HoldRequest(seatIds, null, null, null, null);
    }

    public static HoldRequest stock(long tierId, int quantity) {
        return new HoldRequest(null, tierId, quantity, null, null);
    }

    public static HoldRequest bestAvailable(long tierId, int quantity, boolean accessible) {
        return new HoldRequest(null, tierId, quantity, true, accessible);
    }
}
