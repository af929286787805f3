package dev.tiketi.server.orders;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.cash.CashSessions;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.payments.PaymentTerminal;
import dev.tiketi.server.payments.TenderPlan;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The database half of an exchange, in one transaction; see {@link Exchanges}. */
@Component
class ExchangeWriter {
    private final OrderRepository orders;
    private final TicketIssuer issuer;
    private final MoneyBack moneyBack;
    private final AuditLog audit;
    private final CashSessions cash;

    ExchangeWriter(OrderRepository orders, TicketIssuer issuer, MoneyBack moneyBack, AuditLog audit, CashSessions cash) {
        this.cash = cash;
        this.orders = orders;
        this.issuer = issuer;
        this.moneyBack = moneyBack;
        this.audit = audit;
    }

    /** The new ticket and what it sold, and the seat id or GA unit the old ticket freed. */
    record Done(TicketIssuer.Issued issued, List<Long> freed) {
    }

    @Transactional
    Done write(long orderId, long oldTicketId, HoldRecord hold, long difference, TenderPlan plan,
               PaymentTerminal.Authorization card, Long sessionId, long userId, Instant now) {
        OrderRepository.OrderHeader order = orders.lock(orderId).orElseThrow(() -> new ApiException(ErrorCode.ORDER_NOT_FOUND));
        List<OrderRepository.TicketRow> tickets = orders.tickets(orderId);
        OrderRepository.TicketRow old = tickets.stream().filter(t -> t.id() == oldTicketId).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.ORDER_NOT_FOUND));
        if (order.state() == OrderState.REFUNDED || old.state() != TicketState.VALID) {
            // refunded or exchanged by someone else between our first look and this lock
            throw new ApiException(ErrorCode.TICKET_NOT_REFUNDABLE);
        }
        TicketIssuer.Issued issued = issuer.issue(orderId, hold, order.channel(), now);
        orders.markTickets(List.of(old.id()), TicketState.EXCHANGED, sessionId, now);
        orders.linkExchange(old.id(), issued.ticketIds().get(0));
        orders.freeTicketItems(List.of(old.id()));
        if (difference > 0) {
            if (plan.hasCash() && !cash.lockOpen(sessionId)) {
                throw new ApiException(ErrorCode.CASH_SESSION_CLOSED, "The cash session was closed; open a new one.");
            }
            SaleWriter.recordTenders(orders, orderId, plan, card, sessionId, userId, now);
        } else {
            moneyBack.refund(orderId, -difference, sessionId, userId, now);
        }
        List<TicketState> states = orders.tickets(orderId).stream().map(OrderRepository.TicketRow::state).toList();
        orders.updateTotals(orderId, OrderStates.next(order.state(), states));
        audit.record("TICKET_EXCHANGED", "order", orderId, Map.of("from", old.id(), "to", issued.ticketIds().get(0),
                "hold", hold.holdId(), "difference", difference));
        return new Done(issued, List.of(old.soldId()));
    }
}
