package dev.tiketi.model.error;

/**
 * Every problem the server can answer with. The {@code code} string is the stable contract that
 * clients translate into their own words; the message is a fallback for people reading raw JSON.
 * Never rename a constant: add a new one.
 */
public enum ErrorCode {
    MALFORMED_REQUEST(400, "The request body is not valid JSON or has a value of the wrong type."),
    INVALID_PARAMETER(400, "A path or query parameter is not valid."),
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
    SERVICE_UNAVAILABLE(503, "A service the server needs is not available.");

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
