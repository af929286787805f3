package dev.tiketi.server.orders;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.payments.CardPayments;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Gives money back to an order's original tenders: to the card first (up to what the card still has on
 * it), then cash from the refunding clerk's drawer. Runs inside the refund's transaction, so the refund
 * rows and the tickets' new state commit together.
 */
@Component
class MoneyBack {
    private final OrderRepository orders;
    private final CardPayments cards;

    MoneyBack(OrderRepository orders, CardPayments cards) {
        this.orders = orders;
        this.cards = cards;
    }

    void refund(long orderId, long amount, Long sessionId, long userId, Instant now) {
        if (amount <= 0) {
            return;
        }
        long toCard = Math.min(amount, Math.max(0, orders.netPaid(orderId, TenderType.CARD)));
        long toCash = amount - toCard;
        if (toCash > orders.netPaid(orderId, TenderType.CASH)) {
            throw new ApiException(ErrorCode.ORDER_STATE_CONFLICT, "The order has less left to refund than " + amount + ".");
        }
        if (toCash > 0 && sessionId == null) {
            throw new ApiException(ErrorCode.CASH_SESSION_REQUIRED, "Open a cash session to pay back " + toCash + " in cash.");
        }
        if (toCard > 0) {
            String auth = orders.cardAuthCode(orderId).orElseThrow();
            cards.refund(auth, toCard);
            orders.insertPayment(orderId, true, TenderType.CARD, toCard, null, null, null, auth, sessionId, userId, now);
        }
        if (toCash > 0) {
            orders.insertPayment(orderId, true, TenderType.CASH, toCash, null, null, null, null, sessionId, userId, now);
        }
    }
}
