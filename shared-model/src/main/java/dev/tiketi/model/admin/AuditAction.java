package dev.tiketi.model.admin;

/**
 * The actions the audit log records, as filters name them ({@code AuditQuery.ACTION}). The log may hold
 * actions not listed here (older or newer servers); a client shows those by name.
 */
public final class AuditAction {
    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String USER_REGISTERED = "USER_REGISTERED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_UPDATED = "USER_UPDATED";
    public static final String VENUE_CREATED = "VENUE_CREATED";
    public static final String VENUE_UPDATED = "VENUE_UPDATED";
    public static final String VENUE_DELETED = "VENUE_DELETED";
    public static final String EVENT_CREATED = "EVENT_CREATED";
    public static final String EVENT_UPDATED = "EVENT_UPDATED";
    public static final String EVENT_PUBLISHED = "EVENT_PUBLISHED";
    public static final String EVENT_CLOSED = "EVENT_CLOSED";
    public static final String EVENT_CANCELLED = "EVENT_CANCELLED";
    public static final String HOLD_CREATED = "HOLD_CREATED";
    public static final String HOLD_EXTENDED = "HOLD_EXTENDED";
    public static final String HOLD_RELEASED = "HOLD_RELEASED";
    public static final String HOLD_EXPIRED = "HOLD_EXPIRED";
    public static final String HOLD_FORCE_RELEASED = "HOLD_FORCE_RELEASED";
    public static final String ORDER_PAID = "ORDER_PAID";
    public static final String ORDER_REFUNDED = "ORDER_REFUNDED";
    /** An order of a cancelled event left for someone to follow up (the admin chose not to refund at once). */
    public static final String ORDER_FLAGGED = "ORDER_FLAGGED";
    public static final String TICKET_EXCHANGED = "TICKET_EXCHANGED";
    public static final String TICKETS_REPRINTED = "TICKETS_REPRINTED";
    public static final String CASH_SESSION_OPENED = "CASH_SESSION_OPENED";
    public static final String CASH_SESSION_CLOSED = "CASH_SESSION_CLOSED";
    public static final String QUEUE_SETTINGS_CHANGED = "QUEUE_SETTINGS_CHANGED";
    public static final String QUEUE_CLEARED = "QUEUE_CLEARED";
    public static final String SEATS_KILLED = "SEATS_KILLED";
    public static final String SEATS_FREED = "SEATS_FREED";

    private AuditAction() {
    }
}
