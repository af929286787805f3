package dev.tiketi.model.sales;

/**
 * An order exists only once paid, so it is never paid after a hold's release or expiry. From PAID it only
 * moves forward, in this order: EXCHANGED (a ticket was moved to another seat or event), PARTIALLY_REFUNDED
 * (some tickets refunded), REFUNDED (no valid ticket left; final).
 */
public enum OrderState {
    PAID, EXCHANGED, PARTIALLY_REFUNDED, REFUNDED
}
