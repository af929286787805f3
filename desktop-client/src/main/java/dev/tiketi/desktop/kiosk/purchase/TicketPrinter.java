package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.model.sales.OrderView;

/** Prints an order's tickets and receipt (or saves them when there is no printer); blocking, off the FX thread. */
@FunctionalInterface
public interface TicketPrinter {
    /** Where the tickets went: on paper (the printer's name) or into a file (its name). */
    record Printed(boolean onPaper, String where) {
    }

    Printed print(OrderView order) throws Exception;
}
