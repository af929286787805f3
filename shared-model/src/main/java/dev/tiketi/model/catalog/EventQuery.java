package dev.tiketi.model.catalog;

/** Query parameter names of {@code GET /api/events}, shared so clients build the same URLs. */
public final class EventQuery {
    public static final String STATUS = "status";
    public static final String TEXT = "q";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private EventQuery() {
    }
}
