package dev.tiketi.desktop.orders;

import dev.tiketi.model.sales.OrderQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the clerk typed into the one look-up box, as the order look-up: a ticket code (26 letters and digits, as
 * printed under the QR code), an order number (T and digits), a date (2026-12-24), else a customer's name.
 */
public final class LookupQuery {
    /** Enough for a name shared by several customers; a longer list is no help at a counter. */
    static final int RESULTS = 50;

    private LookupQuery() {
    }

    public static OrderQuery of(String typed) {
        String t = typed == null ? "" : typed.strip();
        String compact = t.replace(" ", "").replace("-", "").toUpperCase();
        if (compact.matches("[A-Z2-9]{26}")) {
            return OrderQuery.byCode(compact, RESULTS);
        }
        if (t.toUpperCase().matches("T[0-9]{4,}")) {
            return OrderQuery.byOrderNo(t.toUpperCase(), RESULTS);
        }
        try {
            return OrderQuery.byDate(LocalDate.parse(t), RESULTS);
        } catch (DateTimeParseException e) {
            return OrderQuery.byName(t, RESULTS);
        }
    }
}
