package dev.tiketi.server.orders;

import dev.tiketi.model.sales.OrderView;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.cash.CashSessions;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Renders tickets and records each print; a second print of an order is a reprint, audited and counted. */
@Component
class TicketPrints {
    private final OrderRepository orders;
    private final CashSessions cash;
    private final AuditLog audit;
    private final Clock clock;

    TicketPrints(OrderRepository orders, CashSessions cash, AuditLog audit, Clock clock) {
        this.orders = orders;
        this.cash = cash;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    byte[] print(OrderView order, CurrentUser user, String terminal) {
        boolean reprint = orders.printedBefore(order.id());
        orders.recordPrint(order.id(), reprint, user.role().isStaff() ? cash.openSessionId(user.id(), terminal) : null, user.id(),
                clock.instant());
        if (reprint) {
            audit.record("TICKETS_REPRINTED", "order", order.id(), Map.of("orderNo", order.orderNo()));
        }
        return TicketPdf.render(order);
    }
}
