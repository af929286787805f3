package dev.tiketi.model.error;

/**
 * Every problem the server can answer with. The {@code code} string is the stable contract that
 * clients translate into their own words; the message is a fallback for people reading raw JSON.
 * Never rename a constant: add a new one.
 */
public enum ErrorCode {
    MALFORMED_REQUEST(400, "The request body is not valid JSON or has a value of the wrong type."),
    INVALID_PARAMETER(400, "A path or query parameter is not valid."),
    INVALID_REQUEST(400, "The request's address, request line or headers are not valid HTTP."),
    VALIDATION_FAILED(422, "Some fields are not valid."),
    UNAUTHENTICATED(401, "Log in first."),
    BAD_CREDENTIALS(401, "Wrong username or password."),
    FORBIDDEN(403, "You are not allowed to do this."),
    NOT_FOUND(404, "Not found."),
    EVENT_NOT_FOUND(404, "No such event."),
    VENUE_NOT_FOUND(404, "No such venue."),
    USER_NOT_FOUND(404, "No such user."),
    METHOD_NOT_ALLOWED(405, "This method is not allowed here."),
    NOT_ACCEPTABLE(406, "The requested representation is not available."),
    USERNAME_TAKEN(409, "That username is taken."),
    VENUE_IN_USE(409, "The venue is used by an event and cannot be deleted."),
    LAYOUT_LOCKED(409, "Seats of this venue have been sold; its layout cannot change."),
    EVENT_STATE_CONFLICT(409, "The event's state does not allow this."),
    CONFLICT(409, "The request conflicts with the current state."),
    PAYLOAD_TOO_LARGE(413, "The request is too large."),
    UNSUPPORTED_MEDIA_TYPE(415, "Send JSON (application/json)."),
    ACCOUNT_DISABLED(401, "This account is disabled."),
    LOGIN_THROTTLED(429, "Too many failed logins. Wait and try again."),
    INTERNAL_ERROR(500, "Something went wrong on the server."),
    SERVICE_UNAVAILABLE(503, "A service the server needs is not available."),
    EVENT_NOT_ON_SALE(409, "This event is not on sale."),
    SEAT_NOT_FOUND(422, "A seat is not part of this event."),
    SEAT_BLOCKED(409, "A seat is blocked and cannot be sold."),
    SEAT_UNAVAILABLE(409, "A seat has just been taken by someone else."),
    SOLD_OUT(409, "Not enough tickets are left."),
    ALL_HELD(409, "What is left is held by other buyers right now; some may come free in a few minutes."),
    HOLD_LIMIT_EXCEEDED(409, "That is more tickets than one customer may buy for this event."),
    HOLD_NOT_FOUND(404, "No such hold; it may have expired or been released."),
    HOLD_EXPIRED(409, "The hold has expired; the seats are released."),
    HOLD_EXTENSION_LIMIT(409, "The hold cannot be extended any further."),
    IDEMPOTENCY_KEY_REQUIRED(400, "Send an Idempotency-Key header with this request."),
    IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was used for a different request."),
    REQUEST_IN_PROGRESS(409, "The same request is still being processed; try again in a moment."),
    PAYMENT_MISMATCH(422, "The payment does not add up to the total."),
    INSUFFICIENT_CASH(422, "The cash tendered is less than the amount due."),
    TENDER_NOT_ALLOWED(422, "This way of paying is not available here."),
    CARD_INVALID(422, "The card number is not valid."),
    PAYMENT_DECLINED(402, "The card was declined."),
    PAYMENT_TERMINAL_TIMEOUT(504, "The payment terminal did not answer in time; nothing was charged."),
    SEAT_ALREADY_SOLD(409, "A seat was already sold; nothing was charged."),
    ORDER_NOT_FOUND(404, "No such order."),
    ORDER_STATE_CONFLICT(409, "The order's state does not allow this."),
    TICKET_NOT_REFUNDABLE(409, "A ticket is not valid any more (already refunded or exchanged)."),
    CASH_SESSION_REQUIRED(409, "Open a cash session at this terminal before taking or returning cash here."),
    CASH_SESSION_ALREADY_OPEN(409, "A cash session is already open for this clerk at this terminal."),
    CASH_SESSION_NOT_FOUND(404, "No such cash session."),
    CASH_SESSION_CLOSED(409, "The cash session is closed."),
    QUEUE_ADMISSION_REQUIRED(403, "Wait for your turn in this event's queue first."),
    ORDER_HOLDS_INVALID(400, "Name the holds to buy either as holdId or as holdIds (1 to 20 distinct ids), not both."),
    HOLDS_NOT_SAME_EVENT(400, "One order buys holds of one event only; pay for each event's holds separately."),
    SEAT_NOT_FREE(409, "A seat is sold or held; only a free seat can be taken off sale."),
    OWN_ACCOUNT_PROTECTED(409, "You cannot disable or demote your own account; ask another admin."),
    LAST_ADMIN(409, "This is the last enabled admin account; enable or create another admin first.");

    private final int httpStatus;
    private final String defaultMessage;

    ErrorCode(int httpStatus, String defaultMessage) {
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /** The problem type URI, stable per code, so clients may key on either. */
    public String typeUri() {
        return "https://tiketi.dev/problems/" + name().toLowerCase().replace('_', '-');
    }
}
