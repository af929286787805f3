package dev.tiketi.server.orders;

import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.cash.CashSessions;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.payments.PaymentTerminal;
import dev.tiketi.server.payments.TenderPlan;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes a paid order in one transaction: the order, its tickets (claiming seats or units), its payments. */
@Component
class SaleWriter {
    private final OrderRepository orders;
    private final TicketIssuer issuer;
    private final AuditLog audit;
    private final CashSessions cash;

    SaleWriter(OrderRepository orders, TicketIssuer issuer, AuditLog audit, CashSessions cash) {
        this.cash = cash;
        this.orders = orders;
        this.issuer = issuer;
        this.audit = audit;
    }

    record Sale(long orderId, TicketIssuer.Issued issued) {
    }

    /** {@code customerLimit}: the event's per-customer limit when the buyer is a customer, else null. */
    record Command(HoldRecord hold, long userId, Channel channel, String key, String currency, String customerName,
                   String terminal, Long sessionId, TenderPlan plan, PaymentTerminal.Authorization card,
                   Integer customerLimit, Instant now) {
    }

    @Transactional
    Sale write(Command c) {
        if (c.plan().hasCash() && !cash.lockOpen(c.sessionId())) {
            throw new ApiException(ErrorCode.CASH_SESSION_CLOSED, "The cash session was closed; open a new one.");
        }
        if (c.customerLimit() != null) {
            // the hold checked the limit against tickets bought so far; a purchase of the same customer racing
            // it could have slipped past, so check again under a lock on the customer
            int bought = orders.lockCustomerAndCount(c.userId(), c.hold().eventId());
            if (bought + c.hold().quantity() > c.customerLimit()) {
                throw new ApiException(ErrorCode.HOLD_LIMIT_EXCEEDED, "At most " + c.customerLimit()
                        + " tickets per customer for this event; you already have " + bought + ".");
            }
        }
        long id = orders.nextOrderId();
        orders.insertOrder(id, c.hold().eventId(), c.userId(), c.channel(), c.hold().holdId(), c.key(), c.hold().total(),
                c.currency(), c.customerName(), c.terminal(), c.sessionId(), c.now());
        TicketIssuer.Issued issued = issuer.issue(id, c.hold(), c.channel(), c.now());
        recordTenders(orders, id, c.plan(), c.card(), c.sessionId(), c.userId(), c.now());
        audit.record("ORDER_PAID", "order", id, Map.of("hold", c.hold().holdId(), "tickets", issued.ticketIds().size(),
                "total", c.hold().total(), "channel", c.channel().name()));
        return new Sale(id, issued);
    }

    static void recordTenders(OrderRepository orders, long orderId, TenderPlan plan, PaymentTerminal.Authorization card,
                              Long sessionId, long userId, Instant now) {
        if (plan.hasCash()) {
            orders.insertPayment(orderId, false, TenderType.CASH, plan.cash(), plan.tendered(), plan.change(), null, null,
                    sessionId, userId, now);
        }
        if (card != null) {
            orders.insertPayment(orderId, false, TenderType.CARD, plan.card(), null, null, card.last4(), card.authCode(),
                    sessionId, userId, now);
        }
    }
}
