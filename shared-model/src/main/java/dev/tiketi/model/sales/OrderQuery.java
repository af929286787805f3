package dev.tiketi.model.sales;

import dev.tiketi.model.common.QueryString;
import java.time.LocalDate;

/**
 * The order look-up, {@code GET /api/orders}: by ticket code, order number, customer name, event or sale date.
 * The parameter names are shared so the server binds the same names the clients send; null fields are no filter.
 */
public record OrderQuery(String code, String orderNo, String name, Long event, LocalDate date, Integer page, Integer size) {
    public static final String CODE = "code";
    public static final String ORDER_NO = "orderNo";
    public static final String NAME = "name";
    public static final String EVENT = "event";
    public static final String DATE = "date";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    public static OrderQuery byCode(String code, int size) {
        return new OrderQuery(code, null, null, null, null, null, size);
    }

    public static OrderQuery byOrderNo(String orderNo, int size) {
        return new OrderQuery(null, orderNo, null, null, null, null, size);
    }

    public static OrderQuery byName(String name, int size) {
        return new OrderQuery(null, null, name, null, null, null, size);
    }

    public static OrderQuery byDate(LocalDate date, int size) {
        return new OrderQuery(null, null, null, null, date, null, size);
    }

    /** "?name=...&size=..." with only the parameters set, UTF-8 percent-encoded; "" when none is. */
    public String toQueryString() {
        return new QueryString().add(CODE, code).add(ORDER_NO, orderNo).add(NAME, name).add(EVENT, event).add(DATE, date)
                .add(PAGE, page).add(SIZE, size).toString();
    }
}
