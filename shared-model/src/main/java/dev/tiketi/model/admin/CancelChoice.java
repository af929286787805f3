package dev.tiketi.model.admin;

/** What cancelling an event does with the orders already paid for it; the admin chooses, there is no default. */
public enum CancelChoice {
    /** Every valid ticket refunded now, to the original tenders (cash from the admin's drawer at this terminal). */
    REFUND_ALL,
    /** Orders left as they are and each marked in the audit log ({@code ORDER_FLAGGED}) for someone to call the buyer. */
    FLAG_FOR_FOLLOW_UP
}
