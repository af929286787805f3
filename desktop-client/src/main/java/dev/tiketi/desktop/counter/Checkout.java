package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.sale.Basket;
import dev.tiketi.desktop.sale.Payment;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.sales.PaymentRequest;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The counter's till: what the customer hands over, the card, the name on the order, and paying the whole basket
 * (every hold, one order) in cash, by card or both; then the change and the sale at a glance. No toolkit needed.
 */
public final class Checkout {
    /** Where the till reports to the clerk's status line. */
    interface Status {
        void say(String text, boolean isError);
    }

    private final Messages m;
    private final Basket basket;
    private final Payment payment;
    private final BooleanSupplier mayPay;
    private final Status status;
    private final Consumer<Throwable> failed;
    private final Consumer<CounterViewModel.Notice> notice;
    private final StringProperty tendered = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final StringProperty cardNumber = new SimpleStringProperty("");
    private final StringProperty customerName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper saleSummary = new ReadOnlyStringWrapper("");

    Checkout(Messages m, Basket basket, Payment payment, BooleanSupplier mayPay, Status status, Consumer<Throwable> failed,
             Consumer<CounterViewModel.Notice> notice) {
        this.m = m;
        this.basket = basket;
        this.payment = payment;
        this.mayPay = mayPay;
        this.status = status;
        this.failed = failed;
        this.notice = notice;
        tendered.addListener((o, a, b) -> recomputeChange());
    }

    public StringProperty tenderedProperty() {
        return tendered;
    }

    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public StringProperty cardNumberProperty() {
        return cardNumber;
    }

    /** Optional: printed on the receipt and found by the Orders tab's look-up. */
    public StringProperty customerNameProperty() {
        return customerName;
    }

    /** The last sale at a glance (order number, tickets, tender, change); cleared by the next sale. */
    public ReadOnlyStringProperty saleSummaryProperty() {
        return saleSummary.getReadOnlyProperty();
    }

    /** Cash for the whole basket; the change is worked out by the server and shown. */
    public void payCash() {
        Long given = amount(tendered.get());
        if (basket.isEmpty()) {
            status.say(m.text("counter.nothingHeld"), true);
            return;
        }
        long total = basket.totalProperty().get();
        if (given == null || given < total) {
            status.say(m.text("counter.tenderTooLittle", m.money(total, basket.currency())), true);
            return;
        }
        pay(Payment.cash(given));
    }

    /** Cash for what the customer hands over (less than the total), the card for the rest. */
    public void paySplit() {
        Long given = amount(tendered.get());
        if (basket.isEmpty()) {
            status.say(m.text("counter.nothingHeld"), true);
            return;
        }
        long total = basket.totalProperty().get();
        if (given == null || given <= 0 || given >= total) {
            status.say(m.text("counter.splitHow", m.money(total, basket.currency())), true);
            return;
        }
        pay(Payment.split(total, given, cardNumber.get()));
    }

    /** The card pays the whole basket. */
    public void payCard() {
        if (basket.isEmpty()) {
            status.say(m.text("counter.nothingHeld"), true);
            return;
        }
        pay(Payment.card(cardNumber.get()));
    }

    /** Every hold in the basket, one order. */
    private void pay(PaymentRequest request) {
        if (!mayPay.getAsBoolean()) {
            return;
        }
        status.say(m.text("counter.paying"), false);
        payment.pay(List.copyOf(basket.holds()), request, customerName.get(), order -> {
            basket.sold();
            cardNumber.set("");
            tendered.set("");
            customerName.set("");
            Long back = payment.changeProperty().get();
            change.set(back == null ? "" : m.money(back, order.currency()));
            saleSummary.set(back == null
                    ? m.text("counter.saleSummaryCard", order.orderNo(), order.tickets().size(), m.money(order.total(), order.currency()),
                            payment.maskedCardProperty().get())
                    : m.text("counter.saleSummaryCash", order.orderNo(), order.tickets().size(), m.money(order.total(), order.currency()),
                            m.money(back, order.currency())));
            status.say(m.text("counter.sold", order.orderNo(), order.tickets().size()), false);
            notice.accept(new CounterViewModel.Notice(m.text("toast.sold", order.orderNo()), false));
        }, failed);
    }

    /** The change (or what is still short) for what was handed over, against the whole basket. */
    void recomputeChange() {
        Long given = amount(tendered.get());
        if (basket.isEmpty() || given == null) {
            if (!basket.isEmpty()) {
                change.set("");
            }
            return;
        }
        long total = basket.totalProperty().get();
        String currency = basket.currency();
        change.set(given >= total ? m.money(given - total, currency) : m.text("counter.short", m.money(total - given, currency)));
    }

    /** A typed amount ("15,000", "15000원"), or null when it is none. */
    static Long amount(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[,\\s원₩]", "");
        if (digits.isEmpty() || !digits.matches("[0-9]{1,12}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    /** The next sale starts: the last sale's change and summary must not linger beside the new basket. */
    void clear() {
        change.set("");
        saleSummary.set("");
    }
}
