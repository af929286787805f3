package dev.tiketi.model.sales;

/** Query parameters of the order look-up, {@code GET /api/orders}. */
public final class OrderQuery {
    public static final String CODE = "code";
    public static final String ORDER_NO = "orderNo";
    public static final String NAME = "name";
    public static final String EVENT = "event";
    public static final String DATE = "date";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private OrderQuery() {
    }
}
