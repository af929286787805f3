package dev.tiketi.server.holds;

/**
 * Settles a hold whose payment deadline passed while it was claimed for payment (its server died or hung
 * mid-sale): the sale either reached the database, and is then finished in Redis, or it did not, and the
 * hold is released. Implemented by the orders feature, which knows the database side.
 */
public interface StaleClaims {
    void settle(long eventId, String holdId);
}
