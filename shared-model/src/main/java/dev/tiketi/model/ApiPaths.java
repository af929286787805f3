package dev.tiketi.model;

/** REST paths, shared by the server's mappings and the clients. */
public final class ApiPaths {
    public static final String LOGIN = "/api/auth/login";
    public static final String REGISTER = "/api/auth/register";
    public static final String ME = "/api/auth/me";
    /**
     * GET, any signed-in role: answers {@code {"ok":true}} after the whole security chain and nothing else. The
     * cheapest authenticated request, the ceiling the benchmark compares every operation with.
     */
    public static final String PING = "/api/system/ping";
    public static final String EVENTS = "/api/events";
    public static final String EVENT = "/api/events/{id}";
    public static final String EVENT_SEATS = "/api/events/{id}/seats";
    public static final String EVENT_STOCK = "/api/events/{id}/stock";
    public static final String EVENT_HOLDS = "/api/events/{id}/holds";
    public static final String HOLD = "/api/holds/{id}";
    public static final String HOLD_EXTEND = "/api/holds/{id}/extend";
    public static final String ORDERS = "/api/orders";
    public static final String ORDER = "/api/orders/{id}";
    public static final String ORDER_REFUND = "/api/orders/{id}/refund";
    public static final String ORDER_EXCHANGE = "/api/orders/{id}/exchange";
    public static final String ORDER_TICKETS_PDF = "/api/orders/{id}/tickets.pdf";
    public static final String CASH_SESSIONS = "/api/cash-sessions";
    public static final String CASH_SESSION_CURRENT = "/api/cash-sessions/current";
    public static final String CASH_SESSION_CLOSE = "/api/cash-sessions/{id}/close";
    public static final String CASH_SESSION_REPORT = "/api/cash-sessions/{id}/report";
    public static final String ADMIN_HOLD = "/api/admin/holds/{id}";
    public static final String QUEUE_CHECK = "/api/queue/check/{eventId}";
    public static final String QUEUE_STATUS = "/api/queue/status/{eventId}";
    public static final String QUEUE_HEARTBEAT = "/api/queue/heartbeat/{eventId}";
    public static final String QUEUE_LEAVE = "/api/queue/leave/{eventId}";
    public static final String QUEUE_ADMIN = "/api/queue/admin/{eventId}";
    public static final String QUEUE_ADMIN_CLEAR = "/api/queue/admin/clear/{eventId}";
    /** GET with {@code QueueWhatIf.THRESHOLD} and {@code QueueWhatIf.RATE}: what those settings would do to the line now. */
    public static final String QUEUE_ADMIN_WHAT_IF = "/api/queue/admin/what-if/{eventId}";
    public static final String VENUE_LAYOUT = "/api/venues/{id}/layout";
    public static final String ADMIN = "/api/admin";
    public static final String ADMIN_USERS = "/api/admin/users";
    public static final String ADMIN_VENUES = "/api/admin/venues";
    public static final String ADMIN_EVENTS = "/api/admin/events";
    /** An event's live sales figures now ({@code SalesFigures}); then pushed on {@code LiveDestinations.sales}. */
    public static final String ADMIN_EVENT_SALES = "/api/admin/events/{id}/sales";
    /** Seats taken off sale for one event: GET the list, POST {@code SeatKillRequest} to kill (both answer {@code SeatKillsView}). */
    public static final String ADMIN_EVENT_KILLS = "/api/admin/events/{id}/kills";
    /** POST {@code SeatFreeRequest}: put killed seats back on sale; answers {@code SeatKillsView}. */
    public static final String ADMIN_EVENT_KILLS_FREE = "/api/admin/events/{id}/kills/free";
    /** POST {@code EventCancelRequest}: cancel the event, refunding or flagging its orders; answers the event. */
    public static final String ADMIN_EVENT_CANCEL = "/api/admin/events/{id}/cancel";
    /** GET {@code CancelSummary}: what cancelling would do to the event's orders, before the admin chooses. */
    public static final String ADMIN_EVENT_CANCEL_SUMMARY = "/api/admin/events/{id}/cancel/summary";
    /** The dashboard's system panel: {@code SystemFigures}. */
    public static final String ADMIN_SYSTEM = "/api/admin/system";
    /** The audit log, newest first: {@code AuditQuery} filters, a page of {@code AuditEntryView}. */
    public static final String ADMIN_AUDIT = "/api/admin/audit";
    /** Reports ({@code ReportQuery} filters); each also as CSV at the same path + {@code .csv}. */
    public static final String ADMIN_REPORT_SALES = "/api/admin/reports/sales";
    public static final String ADMIN_REPORT_REFUNDS = "/api/admin/reports/refunds";
    public static final String ADMIN_REPORT_EXCHANGES = "/api/admin/reports/exchanges";
    public static final String ADMIN_REPORT_CASH_SESSIONS = "/api/admin/reports/cash-sessions";
    public static final String ADMIN_REPORT_END_OF_DAY = "/api/admin/reports/end-of-day";
    /** The CSV twin of a report path. */
    public static final String CSV = ".csv";

    private ApiPaths() {
    }
}
