package dev.tiketi.server.orders;

import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.ExchangeRequest;
import dev.tiketi.model.sales.ExchangeResult;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.model.sales.TicketView;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.auth.ShopperIds;
import dev.tiketi.server.cash.CashSessions;
import dev.tiketi.server.catalog.EventCatalog;
import dev.tiketi.server.catalog.SaleTerms;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.error.RetryLaterException;
import dev.tiketi.server.holds.HoldIds;
import dev.tiketi.server.holds.HoldSweeper;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.payments.CardPayments;
import dev.tiketi.server.payments.PaymentTerminal;
import dev.tiketi.server.payments.TenderPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Moves one ticket to the seat or GA unit of a one-item hold the clerk has taken, on the same or another
 * event, in one step: the new ticket is issued, the old one becomes EXCHANGED and its seat is freed, and
 * the difference is charged (new ticket dearer) or refunded to the original tender (cheaper), all in one
 * transaction. The same claim-then-commit protocol as a purchase protects the hold.
 */
@Service
class Exchanges {
    private final Inventory inventory;
    private final HoldSweeper sweeper;
    private final EventCatalog catalog;
    private final CashSessions cash;
    private final CardPayments cards;
    private final ExchangeWriter writer;
    private final OrderRepository orders;
    private final OrderViews views;
    private final Clock clock;
    private final Duration paymentTimeout;

    Exchanges(Inventory inventory, EventCatalog catalog, CashSessions cash, CardPayments cards, ExchangeWriter writer,
              OrderRepository orders, OrderViews views, Clock clock,
              @Value("${tiketi.sales.payment-timeout:2m}") Duration paymentTimeout, HoldSweeper sweeper) {
        this.sweeper = sweeper;
        this.inventory = inventory;
        this.catalog = catalog;
        this.cash = cash;
        this.cards = cards;
        this.writer = writer;
        this.orders = orders;
        this.views = views;
        this.clock = clock;
        this.paymentTimeout = paymentTimeout;
    }

    ExchangeResult exchange(long orderId, ExchangeRequest request, CurrentUser staff, String terminal) {
        OrderView order = views.find(orderId).orElseThrow(() -> new ApiException(ErrorCode.ORDER_NOT_FOUND));
        if (order.state() == OrderState.REFUNDED) {
            throw new ApiException(ErrorCode.ORDER_STATE_CONFLICT, "The order is refunded.");
        }
        TicketView old = order.tickets().stream().filter(t -> t.id() == request.ticketId()).findFirst()
                .orElseThrow(() -> ApiException.invalid("ticketId", "not a ticket of this order"));
        if (old.state() != TicketState.VALID) {
            throw new ApiException(ErrorCode.TICKET_NOT_REFUNDABLE, "Ticket " + old.id() + " is " + old.state().name().toLowerCase() + ".");
        }
        long eventId = HoldIds.eventOf(request.holdId());
        String owner = ShopperIds.of(staff, terminal);
        HoldRecord hold = inventory.find(eventId, request.holdId()).filter(h -> h.owner().equals(owner))
                .orElseThrow(() -> new ApiException(ErrorCode.HOLD_NOT_FOUND));
        if (hold.quantity() != 1) {
            throw ApiException.invalid("holdId", "hold exactly one seat or ticket to exchange into");
        }
        SaleTerms event = catalog.saleTerms(eventId).orElseThrow(() -> new ApiException(ErrorCode.HOLD_NOT_FOUND));
        if (event.status() != EventStatus.ON_SALE) {
            throw new ApiException(ErrorCode.EVENT_NOT_ON_SALE);
        }
        if (!event.currency().equals(order.currency())) {
            throw ApiException.invalid("holdId", "the new ticket is priced in another currency");
        }
        long difference = hold.total() - old.price();
        TenderPlan plan;
        if (difference > 0) {
            plan = TenderPlan.of(request.payment(), difference, Channel.CLERK);
        } else if (request.payment() != null) {
            throw ApiException.invalid("payment", "nothing to pay: the new ticket does not cost more");
        } else {
            plan = TenderPlan.none();
        }
        Long session = cash.openSessionId(staff.id(), terminal);
        // cash handed back (a cheaper ticket) is refused in the writer's transaction by MoneyBack, which has no drawer either
        if (plan.hasCash() && session == null) {
            throw cash.noDrawerAt(staff.id(), terminal);
        }
        String claimKey = "exchange:" + orderId + ":" + old.id();
        Instant now = clock.instant();
        switch (inventory.claim(eventId, hold.holdId(), owner, claimKey, now, now.plus(paymentTimeout))) {
            case CLAIMED -> {
            }
            case EXPIRED -> throw new ApiException(ErrorCode.HOLD_EXPIRED);
            case NOT_FOUND -> throw new ApiException(ErrorCode.HOLD_NOT_FOUND);
            default -> throw new RetryLaterException(ErrorCode.REQUEST_IN_PROGRESS, "This hold is being paid for right now.", 1);
        }
        PaymentTerminal.Authorization card;
        try {
            card = cards.charge(plan, hold.holdId(), staff.id(), session);
        } catch (RuntimeException e) {
            inventory.unclaim(eventId, hold.holdId(), claimKey);
            sweeper.expiresAt(hold.expiresAt()); // its expiry may have passed meanwhile
            throw e;
        }
        ExchangeWriter.Done done;
        try {
            done = writer.write(orderId, old.id(), hold, difference, plan, card, session, staff.id(), now);
        } catch (RuntimeException e) {
            cards.cancel(card, plan.card(), staff.id(), session);
            inventory.unclaim(eventId, hold.holdId(), claimKey);
            sweeper.expiresAt(hold.expiresAt());
            boolean seatSold = e instanceof DuplicateKeyException d
                    && String.valueOf(d.getMostSpecificCause().getMessage()).contains("sold_seat_pkey");
            if (seatSold || e instanceof ApiException a && a.code() == ErrorCode.SOLD_OUT) {
                inventory.release(eventId, hold.holdId(), owner, false, now);
                inventory.reload(eventId);
                throw seatSold ? new ApiException(ErrorCode.SEAT_ALREADY_SOLD) : e;
            }
            throw e;
        }
        // committed: Redis failing now must not turn a done exchange into an error
        try {
            inventory.commitSale(hold, done.issued().soldIds());
        } catch (RuntimeException e) {
            Resync.failed(inventory, eventId, e);
        }
        Resync.revert(inventory, old.eventId(), old.seatId() != null ? 0 : old.tierId(), done.freed());
        OrderView after = views.view(orderId);
        TicketView fresh = after.tickets().stream().filter(t -> t.id() == done.issued().ticketIds().get(0)).findFirst().orElseThrow();
        return new ExchangeResult(after, fresh, difference);
    }
}
