package dev.tiketi.server.payments;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.error.FieldError;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.server.error.ApiException;
import java.util.List;

/**
 * A checked way to pay an amount: at most one cash and one card part that add up to it exactly. Cash is
 * taken only at the counter. Pure; the card is charged later, by {@link CardPayments}.
 */
public record TenderPlan(long total, long cash, long tendered, long card, String cardNumber) {

    public long change() {
        return tendered - cash;
    }

    public static TenderPlan of(PaymentRequest payment, long total, Channel channel) {
        if (payment == null) {
            throw ApiException.invalid("payment", "must not be null");
        }
        List<Tender> tenders = payment.tenders();
        long cash = 0;
        long tendered = 0;
        long card = 0;
        String number = null;
        boolean seenCash = false;
        boolean seenCard = false;
        for (int i = 0; i < tenders.size(); i++) {
            Tender t = tenders.get(i);
            String field = "payment.tenders[" + i + "]";
            long amount = t.amount() != null ? t.amount() : tenders.size() == 1 ? total : -1;
            if (amount < 0) {
                throw ApiException.invalid(field + ".amount", "each part of a split payment needs an amount");
            }
            switch (t.type()) {
                case CASH -> {
                    if (seenCash) {
                        throw ApiException.invalid(field + ".type", "one cash part at most");
                    }
                    if (channel != Channel.CLERK) {
                        throw new ApiException(ErrorCode.TENDER_NOT_ALLOWED, "Cash is taken at the box-office counter only.",
                                List.of(new FieldError(field + ".type", "cash is not available here")));
                    }
                    if (t.tendered() == null) {
                        throw ApiException.invalid(field + ".tendered", "how much cash was handed over");
                    }
                    if (t.cardNumber() != null) {
                        throw ApiException.invalid(field + ".cardNumber", "not for cash");
                    }
                    if (t.tendered() < amount) {
                        throw new ApiException(ErrorCode.INSUFFICIENT_CASH, "Cash tendered " + t.tendered() + " is less than "
                                + amount + " due.", List.of(new FieldError(field + ".tendered", "less than the amount due")));
                    }
                    seenCash = true;
                    cash = amount;
                    tendered = t.tendered();
                }
                case CARD -> {
                    if (seenCard) {
                        throw ApiException.invalid(field + ".type", "one card part at most");
                    }
                    if (t.cardNumber() == null) {
                        throw ApiException.invalid(field + ".cardNumber", "must not be null");
                    }
                    if (t.tendered() != null) {
                        throw ApiException.invalid(field + ".tendered", "only for cash");
                    }
                    if (!Luhn.valid(t.cardNumber())) {
                        throw new ApiException(ErrorCode.CARD_INVALID, ErrorCode.CARD_INVALID.defaultMessage(),
                                List.of(new FieldError(field + ".cardNumber", "fails the check digit")));
                    }
                    seenCard = true;
                    card = amount;
                    number = t.cardNumber();
                }
                default -> throw ApiException.invalid(field + ".type", "CASH or CARD");
            }
        }
        if (cash + card != total) {
            throw new ApiException(ErrorCode.PAYMENT_MISMATCH, "The payment adds up to " + (cash + card) + ", the total is " + total + ".");
        }
        return new TenderPlan(total, cash, tendered, card, number);
    }

    /** Nothing to pay (a free ticket, or an exchange to a seat of the same price). */
    public static TenderPlan none() {
        return new TenderPlan(0, 0, 0, 0, null);
    }

    public boolean hasCash() {
        return cash > 0 || tendered > 0;
    }
}
