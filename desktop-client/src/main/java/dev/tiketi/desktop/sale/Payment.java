package dev.tiketi.desktop.sale;

import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.desktop.ui.Threads;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Paying for a basket: cash, card or both. While the server (and a card terminal that may take seconds)
 * answers, the payment is busy and cannot be sent again. An attempt keeps one idempotency key for as long as
 * it is the same holds paid the same way: pressing pay again after a time-out repeats the request, and the
 * server answers with the order it may already have made instead of charging twice. After a card payment
 * only the card's last four digits are kept.
 */
public final class Payment {
    private final SaleApi api;
    private final Threads threads;
    private final Supplier<String> newKey;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<OrderView> order = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> change = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper maskedCard = new ReadOnlyStringWrapper("");
    private Attempt attempt;

    /** {@code newKey}: where idempotency keys come from ({@link ApiClient#newIdempotencyKey()} on a terminal). */
    public Payment(SaleApi api, Threads threads, Supplier<String> newKey) {
        this.api = api;
        this.threads = threads;
        this.newKey = newKey;
    }

    private record Attempt(List<String> holdIds, PaymentRequest payment, String key) {
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The order the last payment made; cleared by {@link #clear()} when the next sale starts. */
    public ReadOnlyObjectProperty<OrderView> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** Change handed back for the last sale in cash; null when none is due or the sale was by card. */
    public ReadOnlyObjectProperty<Long> changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** "•••• 4242" for the card of the last payment, else empty. */
    public ReadOnlyStringProperty maskedCardProperty() {
        return maskedCard.getReadOnlyProperty();
    }

    /** The key the current attempt uses, if one was made (tests and support). */
    public String attemptKey() {
        return attempt == null ? null : attempt.key();
    }

    public static PaymentRequest cash(long tendered) {
        return PaymentRequest.of(Tender.cash(tendered));
    }

    public static PaymentRequest card(String number) {
        return PaymentRequest.of(Tender.card(digits(number)));
    }

    /** Cash for what the customer hands over (less than the total), the card for the rest. */
    public static PaymentRequest split(long total, long cash, String cardNumber) {
        return new PaymentRequest(List.of(new Tender(TenderType.CASH, cash, cash, null),
                new Tender(TenderType.CARD, total - cash, null, digits(cardNumber))));
    }

    private static String digits(String number) {
        return number == null ? "" : number.replaceAll("[\\s-]", "");
    }

    /** Pays for {@code hold}; does nothing while a payment is on its way. */
    public void pay(HoldView hold, PaymentRequest payment, String customerName, Consumer<OrderView> paid, Consumer<Throwable> failed) {
        pay(hold == null ? List.of() : List.of(hold), payment, customerName, paid, failed);
    }

    /**
     * Pays for every hold in {@code holds} as one order (one hold is sent in the single-hold form the server
     * has always taken); does nothing while a payment is on its way. The same holds paid the same way are the
     * same attempt, whatever their order in the list.
     */
    public void pay(List<HoldView> holds, PaymentRequest payment, String customerName, Consumer<OrderView> paid, Consumer<Throwable> failed) {
        if (busy.get() || holds == null || holds.isEmpty()) {
            return;
        }
        List<String> ids = holds.stream().map(HoldView::holdId).sorted().toList();
        if (attempt == null || !attempt.holdIds().equals(ids) || !attempt.payment().equals(payment)) {
            attempt = new Attempt(ids, payment, newKey.get());
        }
        String key = attempt.key();
        busy.set(true);
        String name = blankToNull(customerName);
        threads.call(() -> ids.size() == 1 ? api.buy(ids.get(0), payment, name, key) : api.buyAll(ids, payment, name, key)).onSuccess(o -> {
            attempt = null;
            order.set(o);
            boolean cash = payment.tenders().stream().anyMatch(t -> t.type() == TenderType.CASH);
            change.set(cash ? o.payments().stream().filter(p -> !p.refund() && p.change() != null).mapToLong(PaymentView::change).sum() : null);
            maskedCard.set(o.payments().stream().map(PaymentView::cardLast4).filter(Objects::nonNull).findFirst()
                    .map(last4 -> "•••• " + last4).orElse(""));
            paid.accept(o);
        }).onFailure(failed).always(() -> busy.set(false)).start();
    }

    /** The next sale starts: the last one's summary goes away. */
    public void clear() {
        order.set(null);
        change.set(null);
        maskedCard.set("");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
