package dev.tiketi.server.inventory;

/** One seat (seatId > 0) or the GA tier (seatId 0) of a hold, at the unit price fixed when it was held. */
public record HoldItem(long seatId, long tierId, long price) {

    String encode() {
        return seatId + ":" + tierId + ":" + price;
    }
}
