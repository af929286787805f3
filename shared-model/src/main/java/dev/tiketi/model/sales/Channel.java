package dev.tiketi.model.sales;

/** Where a sale happened; follows from the seller's role (clerk or admin at the counter, kiosk, customer online). */
public enum Channel {
    CLERK, KIOSK, ONLINE
}
