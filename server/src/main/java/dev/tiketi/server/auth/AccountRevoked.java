package dev.tiketi.server.auth;

/**
 * An admin disabled an account or changed its role. Published inside the change's transaction; the live
 * protocol acts on it after commit and ends the account's open connections on every instance, since a
 * STOMP session was authenticated once, at CONNECT, and would otherwise outlive the change.
 */
public record AccountRevoked(long userId) {
}
