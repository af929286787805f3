package dev.tiketi.desktop.orders;

import dev.tiketi.model.sales.OrderQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the clerk typed into the one look-up box, as the look-up's parameter: a ticket code (26 letters and
 * digits, as printed under the QR code), an order number (T and digits), a date (2026-12-24), else a name.
 */
public record LookupQuery(String parameter, String value) {

    public static LookupQuery of(String typed) {
        String t = typed == null ? "" : typed.strip();
        String compact = t.replace(" ", "").replace("-", "").toUpperCase();
        if (compact.matches("[A-Z2-9]{26}")) {
            return new LookupQuery(OrderQuery.CODE, compact);
        }
        if (t.toUpperCase().matches("T[0-9]{4,}")) {
            return new LookupQuery(OrderQuery.ORDER_NO, t.toUpperCase());
        }
        try {
            return new LookupQuery(OrderQuery.DATE, LocalDate.parse(t).toString());
        } catch (DateTimeParseException e) {
            return new LookupQuery(OrderQuery.NAME, t);
        }
    }
}
