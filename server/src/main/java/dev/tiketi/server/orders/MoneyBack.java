package dev.tiketi.server.orders;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.server.cash.CashSessions;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.payments.CardPayments;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Gives money back to an order's original tenders: to the card first (up to what the card still has on
 * it, card by card), then cash from the drawer the refunding clerk has open at this terminal. Runs inside
 * the refund's transaction, so the refund rows and the tickets' new state commit together; the card
 * terminal is asked inside it, so a refused card refund refunds nothing. (A commit failing after the terminal
 * said yes would leave money returned without a record: rare, logged by the terminal's own journal; an
 * outbox would close it.)
 */
@Component
class MoneyBack {
    private final OrderRepository orders;
    private final CardPayments cards;
    private final CashSessions cash;

    MoneyBack(OrderRepository orders, CardPayments cards, CashSessions cash) {
        this.cash = cash;
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
        if (toCash > 0 && (sessionId == null || !cash.lockOpen(sessionId))) {
            throw new ApiException(ErrorCode.CASH_SESSION_REQUIRED, "Open a cash session at this terminal to pay back " + toCash + " in cash here.");
        }
        // each card gets back at most what it paid; the latest card first (it paid the most recent difference)
        List<OrderRepository.CardLeft> cardsLeft = new java.util.ArrayList<>(orders.cardsLeft(orderId));
        java.util.Collections.reverse(cardsLeft);
        long remaining = toCard;
        for (OrderRepository.CardLeft card : cardsLeft) {
            long part = Math.min(remaining, card.left());
            if (part <= 0) {
                continue;
            }
            cards.refund(card.authCode(), part);
            orders.insertPayment(orderId, true, TenderType.CARD, part, null, null, null, card.authCode(), sessionId, userId, now);
            remaining -= part;
        }
        if (remaining != 0) {
            throw new IllegalStateException("card payments of order " + orderId + " do not cover a refund of " + toCard);
        }
        if (toCash > 0) {
            orders.insertPayment(orderId, true, TenderType.CASH, toCash, null, null, null, null, sessionId, userId, now);
        }
    }
}
