package dev.tiketi.model.sales;

/** A seat in a hold, or a GA unit (seatId and label null), with the price it will sell at. */
public record HeldSeat(Long seatId, String label, long tierId, String tierCode, long price) {
}
