package dev.tiketi.server.orders;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.HoldItem;
import dev.tiketi.server.inventory.HoldRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a hold into tickets inside the caller's transaction, claiming each seat (primary key) or GA unit
 * (SKIP LOCKED) in the database. Whatever Redis believed, a seat sold twice or stock sold beyond capacity
 * fails here and the transaction rolls back.
 */
@Component
class TicketIssuer {
    private final OrderRepository orders;

    TicketIssuer(OrderRepository orders) {
        this.orders = orders;
    }

    record Issued(List<Long> ticketIds, List<Long> soldIds) {
    }

    Issued issue(long orderId, HoldRecord hold, Channel channel, Instant now) {
        if (!orders.decideHold(hold.holdId(), "SOLD", now)) {
            // the sweeper gave up on this payment and released the hold first
            throw new ApiException(ErrorCode.HOLD_EXPIRED, "The hold expired while it was being paid; nothing was charged.");
        }
        List<Long> tickets = new ArrayList<>();
        List<Long> sold = new ArrayList<>();
        if (hold.seats()) {
            for (HoldItem item : hold.items()) {
                long ticket = orders.insertTicket(orderId, hold.eventId(), TicketCodes.next(), item.tierId(), item.seatId(), null,
                        item.price(), channel, hold.holdId(), now);
                orders.insertSoldSeat(hold.eventId(), item.seatId(), ticket, now);
                tickets.add(ticket);
                sold.add(item.seatId());
            }
            return new Issued(tickets, sold);
        }
        HoldItem tier = hold.items().get(0);
        List<Integer> units = orders.claimUnits(tier.tierId(), hold.quantity());
        if (units.size() < hold.quantity()) {
            throw new ApiException(ErrorCode.SOLD_OUT, "Sold out; nothing was charged.");
        }
        for (int unit : units) {
            long ticket = orders.insertTicket(orderId, hold.eventId(), TicketCodes.next(), tier.tierId(), null, unit,
                    tier.price(), channel, hold.holdId(), now);
            orders.assignUnit(tier.tierId(), unit, ticket);
            tickets.add(ticket);
            sold.add((long) unit);
        }
        return new Issued(tickets, sold);
    }
}
