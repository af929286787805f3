package dev.tiketi.server.orders;

import dev.tiketi.model.auth.Role;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.OrderRequest;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.auth.ShopperIds;
import dev.tiketi.server.cash.CashSessions;
import dev.tiketi.server.catalog.EventCatalog;
import dev.tiketi.server.catalog.SaleTerms;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.error.RetryLaterException;
import dev.tiketi.server.inventory.HoldRecord;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.payments.CardPayments;
import dev.tiketi.server.payments.PaymentTerminal;
import dev.tiketi.server.payments.TenderPlan;
import dev.tiketi.server.queue.AdmissionGate;
import dev.tiketi.server.system.OperationsMeters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Buying one or several holds of one event as one order: the sale flow of ARCHITECTURE.md. Claim every hold
 * in Redis (so the sweeper cannot release them; all or none), charge the card once for the total, write order
 * + tickets + payments in one database transaction (where the sold-seat primary key and the GA unit claim
 * make overselling impossible), then mark each hold's items sold in Redis. Any failure before the commit
 * gives the card money back and every hold back to its owner.
 */
@Service
class Purchases {
    private static final Logger log = LoggerFactory.getLogger(Purchases.class);

    private final Inventory inventory;
    private final EventCatalog catalog;
    private final CashSessions cash;
    private final CardPayments cards;
    private final HoldClaims claims;
    private final SaleWriter writer;
    private final OrderRepository orders;
    private final OrderViews views;
    private final AdmissionGate gate;
    private final Clock clock;
    private final Duration paymentTimeout;

    private final OperationsMeters meters;

    Purchases(Inventory inventory, EventCatalog catalog, CashSessions cash, CardPayments cards, HoldClaims claims, SaleWriter writer,
              OrderRepository orders, OrderViews views, AdmissionGate gate, OperationsMeters meters, Clock clock,
              @Value("${tiketi.sales.payment-timeout:2m}") Duration paymentTimeout) {
        this.inventory = inventory;
        this.meters = meters;
        this.catalog = catalog;
        this.cash = cash;
        this.cards = cards;
        this.claims = claims;
        this.writer = writer;
        this.orders = orders;
        this.views = views;
        this.gate = gate;
        this.clock = clock;
        this.paymentTimeout = paymentTimeout;
    }

    record Result(OrderView order, boolean replayed) {
    }

    Result purchase(OrderRequest request, String key, CurrentUser user, String terminal, String admission) {
        IdempotencyKeys.check(key);
        OrderHolds asked = OrderHolds.of(request);
        Result replay = replay(user, key, asked);
        if (replay != null) {
            return replay;
        }
        long eventId = asked.eventId();
        String owner = ShopperIds.of(user, terminal);
        List<HoldRecord> holds = new ArrayList<>();
        for (String holdId : asked.ids()) {
            HoldRecord hold = inventory.find(eventId, holdId).filter(h -> h.owner().equals(owner)).orElse(null);
            if (hold == null) {
                // sold a moment ago by a parallel request with this key? then answer as that one did
                return replayOr(user, key, asked, ErrorCode.HOLD_NOT_FOUND);
            }
            holds.add(hold);
        }
        SaleTerms event = catalog.saleTerms(eventId).orElseThrow(() -> new ApiException(ErrorCode.HOLD_NOT_FOUND));
        if (event.status() != EventStatus.ON_SALE) {
            throw new ApiException(ErrorCode.EVENT_NOT_ON_SALE, "This event is " + event.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        Channel channel = Channels.of(user.role());
        long total = holds.stream().mapToLong(HoldRecord::total).sum();
        TenderPlan plan = TenderPlan.of(request.payment(), total, channel);
        // the drawer of this clerk at this terminal: cash goes into it, card sales are counted in its report
        Long session = user.role() == Role.CLERK || user.role() == Role.ADMIN ? cash.openSessionId(user.id(), terminal) : null;
        if (plan.hasCash() && session == null) {
            throw cash.noDrawerAt(user.id(), terminal);
        }
        Instant now = clock.instant();
        switch (claims.claimAll(holds, owner, key, now, now.plus(paymentTimeout))) {
            case CLAIMED -> {
            }
            case EXPIRED -> throw new ApiException(ErrorCode.HOLD_EXPIRED);
            case SAME_REQUEST_IN_PROGRESS, OTHER_PAYMENT_IN_PROGRESS ->
                    throw new RetryLaterException(ErrorCode.REQUEST_IN_PROGRESS,
                            (holds.size() == 1 ? "This hold is" : "A hold of these is") + " being paid for right now.", 1);
            default -> {
                // bought a moment ago under this key by a parallel request? then answer as that one did
                return replayOr(user, key, asked, ErrorCode.HOLD_NOT_FOUND);
            }
        }
        // Admission only after the key is ours: a repeat of this key has by now been answered as the original
        // (or as in progress) above, and must never see the slot that the original gave up when it bought.
        try {
            gate.require(eventId, user, terminal, admission);
        } catch (RuntimeException e) {
            claims.unclaimAll(holds, key);
            throw e;
        }
        PaymentTerminal.Authorization card;
        try {
            card = cards.charge(plan, asked.primary(), user.id(), session);
        } catch (RuntimeException e) {
            claims.unclaimAll(holds, key);
            throw e;
        }
        SaleWriter.Sale sale;
        try {
            sale = writer.write(new SaleWriter.Command(holds, user.id(), channel, key, event.currency(),
                    customerName(request, user), terminal, session, plan, card,
                    user.role() == Role.CUSTOMER ? event.perCustomerLimit() : null, now));
        } catch (DuplicateKeyException e) {
            cards.cancel(card, plan.card(), user.id(), session);
            claims.unclaimAll(holds, key);
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("sold_seat_pkey")) {
                claims.releaseUnsellable(holds, owner, now);
                throw new ApiException(ErrorCode.SEAT_ALREADY_SOLD);
            }
            return replayOr(user, key, asked, ErrorCode.HOLD_NOT_FOUND);
        } catch (ApiException e) {
            cards.cancel(card, plan.card(), user.id(), session);
            claims.unclaimAll(holds, key);
            if (e.code() == ErrorCode.SOLD_OUT) {
                claims.releaseUnsellable(holds, owner, now);
            }
            throw e;
        } catch (RuntimeException e) {
            // e.g. the connection dropped during the commit: the sale may have happened, so ask before voiding
            Long committed = orders.idForKey(user.id(), key).orElse(null);
            if (committed == null) {
                cards.cancel(card, plan.card(), user.id(), session);
                claims.unclaimAll(holds, key);
                throw e;
            }
            log.warn("Sale of holds {} reported an error but committed", asked.ids(), e);
            sale = new SaleWriter.Sale(committed, holds.stream()
                    .map(h -> new TicketIssuer.Issued(List.of(), orders.soldFromHold(h.holdId()))).toList());
        }
        for (int i = 0; i < holds.size(); i++) {
            try {
                inventory.commitSale(holds.get(i), sale.issued().get(i).soldIds());
            } catch (RuntimeException e) {
                // the sale stands (the database has it); the sweeper finishes the hold once its payment deadline passes
                log.warn("Sale {} committed but Redis was not updated; the sweeper will settle hold {}", sale.orderId(),
                        holds.get(i).holdId(), e);
            }
        }
        try {
            gate.bought(eventId, user, terminal);
        } catch (RuntimeException e) {
            // the sale stands; the slot then goes to the next in line when it idles out
            log.warn("Sale {} committed but its waiting-room slot was not freed", sale.orderId(), e);
        }
        OrderView sold = views.view(sale.orderId());
        meters.sold(sold.channel().name(), sold.tickets().size());
        return new Result(sold, false);
    }

    /** The order an earlier request with this key made, if any; the key may not be reused for other holds. */
    private Result replay(CurrentUser user, String key, OrderHolds asked) {
        return orders.idForKey(user.id(), key).map(id -> {
            if (!asked.sameAs(orders.holdsOf(id))) {
                throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
            }
            return new Result(views.view(id), true);
        }).orElse(null);
    }

    private Result replayOr(CurrentUser user, String key, OrderHolds asked, ErrorCode refusal) {
        Result again = replay(user, key, asked);
        if (again != null) {
            return again;
        }
        throw new ApiException(refusal);
    }

    private static String customerName(OrderRequest request, CurrentUser user) {
        if (request.customerName() != null && !request.customerName().isBlank()) {
            return request.customerName().strip();
        }
        return user.role() == Role.CUSTOMER ? user.displayName() : null;
    }
}
