package dev.tiketi.server.orders;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.cash.CashSessions;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.inventory.Inventory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds whole orders or chosen tickets. The order row is locked, so two refunds of the same ticket
 * cannot both pass the VALID check; the seats and stock are freed in the same transaction and in Redis
 * right after it commits, so they can be sold again at once.
 */
@Service
class Refunds {
    private final OrderRepository orders;
    private final MoneyBack moneyBack;
    private final CashSessions cash;
    private final Inventory inventory;
    private final OrderViews views;
    private final AuditLog audit;
    private final Clock clock;

    Refunds(OrderRepository orders, MoneyBack moneyBack, CashSessions cash, Inventory inventory, OrderViews views,
            AuditLog audit, Clock clock) {
        this.orders = orders;
        this.moneyBack = moneyBack;
        this.cash = cash;
        this.inventory = inventory;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    OrderView refund(long orderId, RefundRequest request, CurrentUser staff, String terminal) {
        OrderRepository.OrderHeader order = orders.lock(orderId).orElseThrow(() -> new ApiException(ErrorCode.ORDER_NOT_FOUND));
        if (order.state() == OrderState.REFUNDED) {
            throw new ApiException(ErrorCode.ORDER_STATE_CONFLICT, "The order is already refunded.");
        }
        List<OrderRepository.TicketRow> tickets = orders.tickets(orderId);
        List<OrderRepository.TicketRow> chosen = choose(tickets, request.ticketIds());
        long amount = chosen.stream().mapToLong(OrderRepository.TicketRow::price).sum();
        Instant now = clock.instant();
        Long session = cash.openSessionId(staff.id(), terminal);
        List<Long> ids = chosen.stream().map(OrderRepository.TicketRow::id).toList();
        orders.markTickets(ids, TicketState.REFUNDED, session, now);
        orders.freeTicketItems(ids);
        moneyBack.refund(orderId, amount, session, staff.id(), now);
        Set<Long> refunded = new HashSet<>(ids);
        List<TicketState> states = tickets.stream().map(t -> refunded.contains(t.id()) ? TicketState.REFUNDED : t.state()).toList();
        orders.updateTotals(orderId, OrderStates.next(order.state(), states));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tickets", ids);
        details.put("amount", amount);
        if (request.reason() != null) {
            details.put("reason", request.reason());
        }
        audit.record("ORDER_REFUNDED", "order", orderId, details);
        Map<List<Long>, List<Long>> byPlace = chosen.stream().collect(Collectors.groupingBy(
                t -> List.of(t.eventId(), t.gaTier()), LinkedHashMap::new,
                Collectors.mapping(OrderRepository.TicketRow::soldId, Collectors.toList())));
        AfterCommit.run(() -> byPlace.forEach((place, items) -> Resync.revert(inventory, place.get(0), place.get(1), items)));
        return views.view(orderId);
    }

    /** The listed tickets (each VALID and of this order), or every valid one when none are listed. */
    private static List<OrderRepository.TicketRow> choose(List<OrderRepository.TicketRow> tickets, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            List<OrderRepository.TicketRow> valid = tickets.stream().filter(t -> t.state() == TicketState.VALID).toList();
            if (valid.isEmpty()) {
                throw new ApiException(ErrorCode.ORDER_STATE_CONFLICT, "The order has no valid ticket left.");
            }
            return valid;
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("ticketIds", "a ticket is listed twice");
        }
        Map<Long, OrderRepository.TicketRow> byId = tickets.stream().collect(Collectors.toMap(OrderRepository.TicketRow::id, t -> t));
        List<OrderRepository.TicketRow> chosen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            OrderRepository.TicketRow t = byId.get(ids.get(i));
            if (t == null) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "Ticket " + ids.get(i) + " is not part of this order.",
                        List.of(new FieldError("ticketIds[" + i + "]", "not a ticket of this order")));
            }
            if (t.state() != TicketState.VALID) {
                throw new ApiException(ErrorCode.TICKET_NOT_REFUNDABLE, "Ticket " + t.id() + " is " + t.state().name().toLowerCase() + ".");
            }
            chosen.add(t);
        }
        return chosen;
    }
}
