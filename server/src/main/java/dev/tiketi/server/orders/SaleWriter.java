package dev.tiketi.server.orders;

import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.server.audit.AuditLog;
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

    SaleWriter(OrderRepository orders, TicketIssuer issuer, AuditLog audit) {
        this.orders = orders;
        this.issuer = issuer;
        this.audit = audit;
    }

    record Sale(long orderId, TicketIssuer.Issued issued) {
    }

    record Command(HoldRecord hold, long userId, Channel channel, String key, String currency, String customerName,
                   String terminal, Long sessionId, TenderPlan plan, PaymentTerminal.Authorization card, Instant now) {
    }

    @Transactional
    Sale write(Command c) {
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
