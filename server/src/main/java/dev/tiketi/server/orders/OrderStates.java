package dev.tiketi.server.orders;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.server.error.ApiException;
import java.util.List;

/**
 * The order state machine. The state follows from the tickets (no valid ticket: REFUNDED; some refunded:
 * PARTIALLY_REFUNDED; some exchanged: EXCHANGED; else PAID) and may only move forward in that enum's
 * order, so a refunded order can never become paid again.
 */
final class OrderStates {
    private OrderStates() {
    }

    static OrderState derive(List<TicketState> tickets) {
        if (tickets.stream().noneMatch(t -> t == TicketState.VALID)) {
            return OrderState.REFUNDED;
        }
        if (tickets.contains(TicketState.REFUNDED)) {
            return OrderState.PARTIALLY_REFUNDED;
        }
        if (tickets.contains(TicketState.EXCHANGED)) {
            return OrderState.EXCHANGED;
        }
        return OrderState.PAID;
    }

    static OrderState next(OrderState current, List<TicketState> tickets) {
        OrderState next = derive(tickets);
        if (next.ordinal() < current.ordinal()) {
            throw new ApiException(ErrorCode.ORDER_STATE_CONFLICT, "An order cannot go from " + current + " back to " + next + ".");
        }
        return next;
    }
}
