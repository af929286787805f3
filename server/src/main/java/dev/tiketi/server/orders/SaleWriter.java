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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** {@code issued}: what each hold of the command became, in the command's order. */
    record Sale(long orderId, List<TicketIssuer.Issued> issued) {
    }

    /**
     * {@code holds}: all of the order's event, the first the one the order row is filed under;
     * {@code customerLimit}: the event's per-customer limit when the buyer is a customer, else null.
     */
    record Command(List<HoldRecord> holds, long userId, Channel channel, String key, String currency, String customerName,
                   String terminal, Long sessionId, TenderPlan plan, PaymentTerminal.Authorization card,
                   Integer customerLimit, Instant now) {
        long eventId() {
            return holds.get(0).eventId();
        }

        long total() {
            return holds.stream().mapToLong(HoldRecord::total).sum();
        }

        int quantity() {
            return holds.stream().mapToInt(HoldRecord::quantity).sum();
        }
    }

    /** All holds become one order or, if any of them cannot be sold, nothing is written. */
    @Transactional
    Sale write(Command c) {
        String state = orders.lockEventState(c.eventId());
        if (!state.equals("PUBLISHED")) {
            // checked before the card was charged, but cancelled or closed since: the caller voids the charge
            throw new ApiException(ErrorCode.EVENT_NOT_ON_SALE, "This event was " + state.toLowerCase() + " a moment ago.");
        }
        if (c.plan().hasCash() && !cash.lockOpen(c.sessionId())) {
            throw new ApiException(ErrorCode.CASH_SESSION_CLOSED, "The cash session was closed; open a new one.");
        }
        if (c.customerLimit() != null) {
            // the holds checked the limit against tickets bought so far; a purchase of the same customer racing
            // them could have slipped past, so check again under a lock on the customer
            int bought = orders.lockCustomerAndCount(c.userId(), c.eventId());
            if (bought + c.quantity() > c.customerLimit()) {
                throw new ApiException(ErrorCode.HOLD_LIMIT_EXCEEDED, "At most " + c.customerLimit()
                        + " tickets per customer for this event; you already have " + bought + ".");
            }
        }
        long id = orders.nextOrderId();
        String primary = c.holds().get(0).holdId();
        orders.insertOrder(id, c.eventId(), c.userId(), c.channel(), primary, c.key(), c.total(),
                c.currency(), c.customerName(), c.terminal(), c.sessionId(), c.now());
        List<TicketIssuer.Issued> issued = new ArrayList<>();
        for (HoldRecord hold : c.holds()) {
            orders.insertOrderHold(id, hold.holdId());
            issued.add(issuer.issue(id, hold, c.channel(), c.now()));
        }
        recordTenders(orders, id, c.plan(), c.card(), c.sessionId(), c.userId(), c.now());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hold", primary);
        if (c.holds().size() > 1) {
            details.put("holds", c.holds().stream().map(HoldRecord::holdId).toList());
        }
        details.put("tickets", issued.stream().mapToInt(i -> i.ticketIds().size()).sum());
        details.put("total", c.total());
        details.put("channel", c.channel().name());
        audit.record("ORDER_PAID", "order", id, details);
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
