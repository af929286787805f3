package dev.tiketi.server.orders;

import dev.tiketi.model.admin.AuditAction;
import dev.tiketi.model.admin.CancelSummary;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.cash.CashSessions;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.auth.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's paid orders as a whole, for cancelling it: what is still valid (the summary the admin reads before
 * choosing), refunding every order through {@link Refunds} (the same rules as at the counter: cards first, then
 * cash from the drawer open at the admin's terminal), or flagging each for follow-up in the audit log. Runs in
 * the caller's transaction, so a cancel and its refunds commit together or not at all.
 */
@Component
public class EventOrders {
    private final JdbcClient jdbc;
    private final OrderRepository orders;
    private final Refunds refunds;
    private final AuditLog audit;
    private final CashSessions cash;

    EventOrders(JdbcClient jdbc, OrderRepository orders, Refunds refunds, AuditLog audit, CashSessions cash) {
        this.cash = cash;
        this.jdbc = jdbc;
        this.orders = orders;
        this.refunds = refunds;
        this.audit = audit;
    }

    private record Open(long orderId, int tickets, int seats, long amount) {
    }

    private List<Open> open(long eventId) {
        return jdbc.sql("""
                select o.id, count(*) as tickets, count(t.seat_id) as seats, coalesce(sum(t.price), 0) as amount
                from customer_order o join ticket t on t.order_id = o.id
                where o.event_id = ? and t.state = 'VALID'
                group by o.id order by o.id""").param(eventId)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))).list();
    }

    /** What cancelling would touch now; the split between cards and cash is the one {@link MoneyBack} would make. */
    public CancelSummary summary(long eventId, String eventName, String currency) {
        int count = 0;
        int tickets = 0;
        int seats = 0;
        long amount = 0;
        long toCards = 0;
        for (Open o : open(eventId)) {
            count++;
            tickets += o.tickets();
            seats += o.seats();
            amount += o.amount();
            toCards += Math.min(o.amount(), Math.max(0, orders.netPaid(o.orderId(), TenderType.CARD)));
        }
        return new CancelSummary(eventId, eventName, count, tickets, seats, tickets - seats, amount, toCards,
                amount - toCards, currency);
    }

    /** Refunds every valid ticket of the event; returns how many orders were refunded. */
    public int refundAll(long eventId, CurrentUser admin, String terminal, String reason) {
        List<Open> all = open(eventId);
        // What can refuse is checked before the first card gets its money back: a refusal half-way rolls the
        // database back, but not a refund the card terminal has already made (a retry would pay it twice).
        long toCash = all.stream().mapToLong(o -> o.amount() - Math.min(o.amount(), Math.max(0, orders.netPaid(o.orderId(), TenderType.CARD))))
                .sum();
        Long session = cash.openSessionId(admin.id(), terminal);
        if (toCash > 0 && (session == null || !cash.lockOpen(session))) {
            throw new ApiException(ErrorCode.CASH_SESSION_REQUIRED, "Open a cash session at this terminal to pay back "
                    + toCash + " in cash here before cancelling.");
        }
        for (Open o : all) {
            refunds.refund(o.orderId(), new RefundRequest(null, reason), admin, terminal);
        }
        return all.size();
    }

    /** Leaves the orders as they are, one audit entry each for whoever calls the buyers; returns how many. */
    public int flagAll(long eventId, String reason) {
        List<Open> all = open(eventId);
        for (Open o : all) {
            audit.record(AuditAction.ORDER_FLAGGED, "order", o.orderId(), reason == null
                    ? Map.of("tickets", o.tickets(), "amount", o.amount())
                    : Map.of("tickets", o.tickets(), "amount", o.amount(), "reason", reason));
        }
        return all.size();
    }
}
