package dev.tiketi.model.live;

/**
 * Why the server refused a STOMP frame; sent as the {@code message} header of the ERROR frame, after which
 * the server closes the connection.
 */
public enum LiveRefusal {
    /** CONNECT without a valid bearer token (missing, forged, expired, or the account is disabled). */
    UNAUTHENTICATED,
    /** SUBSCRIBE to a destination that is not one of the protocol's. */
    UNKNOWN_DESTINATION,
    /** SUBSCRIBE to an event that does not exist (or a draft, for anyone but an admin). */
    EVENT_NOT_FOUND,
    /** A frame the protocol does not take from clients (SEND: commands go through REST). */
    NOT_ALLOWED,
    /** SUBSCRIBE to an admin-only destination (an event's sales figures) by anyone but an admin. */
    FORBIDDEN,
    /**
     * The account was disabled or its role changed while connected: the server ends the connection. Signing in
     * again is the only way back (a reconnect with the old token is refused as UNAUTHENTICATED).
     */
    ACCOUNT_REVOKED
}
