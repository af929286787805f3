package dev.tiketi.model.catalog;

import dev.tiketi.model.common.QueryString;
import java.time.Instant;

/**
 * The query of {@code GET /api/events}; the parameter names are shared so the server binds the same names the
 * clients send. Null fields are no filter (the server's defaults apply).
 */
public record EventQuery(EventStatus status, String text, Instant from, Instant to, Integer page, Integer size) {
    public static final String STATUS = "status";
    public static final String TEXT = "q";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** Events whose name or venue contains {@code text} (none: every event), the first {@code size} of them. */
    public static EventQuery search(String text, int size) {
        return new EventQuery(null, text, null, null, null, size);
    }

    /** "?q=...&size=..." with only the parameters set, UTF-8 percent-encoded; "" when none is. */
    public String toQueryString() {
        return new QueryString().add(STATUS, status).add(TEXT, text == null ? null : text.strip()).add(FROM, from).add(TO, to)
                .add(PAGE, page).add(SIZE, size).toString();
    }
}
