package dev.tiketi.desktop.orders;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.api.ApiClient;
import dev.tiketi.desktop.ui.Background;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.sales.ExchangeRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderQuery;
import dev.tiketi.model.sales.OrderSummary;
import dev.tiketi.model.sales.PaymentRequest;
import dev.tiketi.model.sales.Tender;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.model.sales.TicketView;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Look-up, refund and reprint: find an order by anything printed on it, refund some or all, print again. */
public final class OrdersViewModel {
    private final ApiClient api;
    private final Messages m;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<OrderSummary> results = FXCollections.observableArrayList();
    private final ObjectProperty<OrderSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderView> order = new SimpleObjectProperty<>();
    private final ObservableList<TicketView> tickets = FXCollections.observableArrayList();
    private final ObservableList<TicketView> chosenTickets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();

    private final javafx.beans.value.ObservableObjectValue<HoldView> basket;

    /** {@code basket} is the Sell tab's hold: an exchange moves a ticket onto its seat. */
    private final javafx.beans.value.ObservableStringValue printer;

    private final Runnable basketUsed;
    private final javafx.beans.property.ReadOnlyBooleanWrapper refundable = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private java.util.function.Consumer<String> refunded = text -> { };

    /**
     * {@code printer}: the Sell tab's chosen printer ("" saves a PDF); {@code basketUsed}: tells the Sell tab its
     * hold became part of an exchange.
     */
    public OrdersViewModel(Session session, javafx.beans.value.ObservableObjectValue<HoldView> basket, Runnable basketUsed,
                           javafx.beans.value.ObservableStringValue printer) {
        this.api = session.api();
        this.m = session.messages();
        this.basket = basket;
        this.basketUsed = basketUsed;
        this.printer = printer;
        order.addListener((o, a, b) -> refundable.set(b != null && b.tickets().stream().anyMatch(t -> t.state() == TicketState.VALID)));
        selected.addListener((o, a, b) -> {
            if (!replacing) {
                open(b);
            }
        });
    }

    private boolean replacing;
    private boolean busy;

    /**
     * Moves the one marked ticket to the seat (or GA unit) held on the Sell tab. A dearer seat takes the
     * difference in cash; a cheaper one refunds it to the original tender.
     */
    public void exchange() {
        OrderView o = order.get();
        HoldView h = basket.get();
        List<TicketView> marked = chosenTickets.stream().filter(t -> t.state() == TicketState.VALID).toList();
        if (o == null || marked.size() != 1) {
            say(m.text("orders.markOne"), true);
            return;
        }
        if (h == null || h.items().size() != 1) {
            say(m.text("orders.holdOne"), true);
            return;
        }
        if (busy) {
            return;
        }
        busy = true;
        TicketView ticket = marked.get(0);
        long difference = h.total() - ticket.price();
        PaymentRequest payment = difference > 0 ? PaymentRequest.of(Tender.cash(difference)) : null;
        Background.run(() -> api.exchange(o.id(), new ExchangeRequest(ticket.id(), h.holdId(), payment))).always(() -> busy = false)
                .onSuccess(r -> {
            basketUsed.run();
            show(r.order());
            String label = r.newTicket().seatLabel() == null ? r.newTicket().tierName() : r.newTicket().seatLabel();
            say(r.difference() > 0 ? m.text("orders.exchangedPay", label, m.money(r.difference(), r.order().currency()))
                    : r.difference() < 0 ? m.text("orders.exchangedBack", label, m.money(-r.difference(), r.order().currency()))
                    : m.text("orders.exchanged", label), false);
        }).onFailure(this::failed).start();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<OrderSummary> results() {
        return results;
    }

    public ObjectProperty<OrderSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<OrderView> orderProperty() {
        return order;
    }

    public ObservableList<TicketView> tickets() {
        return tickets;
    }

    /** The tickets the clerk marked for a partial refund; none marked refunds every valid ticket. */
    public ObservableList<TicketView> chosenTickets() {
        return chosenTickets;
    }

    public ReadOnlyStringWrapper messageProperty() {
        return message;
    }

    public ReadOnlyBooleanWrapper errorProperty() {
        return error;
    }

    public Messages messages() {
        return m;
    }

    public void search() {
        String typed = query.get();
        if (typed == null || typed.isBlank()) {
            say(m.text("orders.typeSomething"), true);
            return;
        }
        OrderQuery q = LookupQuery.of(typed);
        Background.run(() -> api.orders(q).items()).onSuccess(list -> {
            results.setAll(list);
            say(list.isEmpty() ? m.text("orders.none") : m.text("orders.found", list.size()), list.isEmpty());
            if (list.size() == 1) {
                selected.set(list.get(0));
            }
        }).onFailure(this::failed).start();
    }

    /** Whether the shown order has a ticket left to refund (the Refund button is off otherwise). */
    public javafx.beans.property.ReadOnlyBooleanProperty refundableProperty() {
        return refundable.getReadOnlyProperty();
    }

    /** Called with a short line after each refund (the shell shows it as a notice). */
    public void onRefunded(java.util.function.Consumer<String> handler) {
        this.refunded = handler;
    }

    /**
     * What a refund of the marked tickets (none marked: every valid one) would do, for the clerk to confirm:
     * the tickets, the amount, and where the money goes. Empty when there is nothing to refund.
     */
    public java.util.Optional<RefundPlan> refundPlan() {
        OrderView o = order.get();
        if (o == null) {
            say(m.text("orders.pickOrder"), true);
            return java.util.Optional.empty();
        }
        List<TicketView> chosen = chosenTickets.isEmpty() ? o.tickets() : List.copyOf(chosenTickets);
        List<TicketView> valid = chosen.stream().filter(t -> t.state() == TicketState.VALID).toList();
        if (valid.isEmpty()) {
            say(m.text(chosenTickets.isEmpty() ? "orders.nothingToRefund" : "orders.markValid"), true); // never "then all of them"
            return java.util.Optional.empty();
        }
        long amount = valid.stream().mapToLong(TicketView::price).sum();
        List<String> where = o.payments().stream().filter(p -> !p.refund()).map(p -> p.cardLast4() != null
                ? m.text("orders.toCard", p.cardLast4()) : m.text("orders.toCash")).distinct().toList();
        List<String> names = valid.stream().map(t -> t.seatLabel() != null ? t.seatLabel() : t.tierName()).toList();
        return java.util.Optional.of(new RefundPlan(valid.stream().map(TicketView::id).toList(), names,
                m.money(amount, o.currency()), String.join(", ", where), chosenTickets.isEmpty()));
    }

    /** A refund as the clerk confirms it. */
    public record RefundPlan(List<Long> ticketIds, List<String> tickets, String amount, String where, boolean whole) {
    }

    /** Refunds what {@code plan} says, with the clerk's reason (kept in the audit log). */
    public void refund(RefundPlan plan, String reason) {
        OrderView o = order.get();
        if (o == null || busy) {
            return;
        }
        busy = true;
        int before = o.payments().size();
        String why = reason == null || reason.isBlank() ? "counter refund" : reason.strip();
        Background.run(() -> api.refund(o.id(), new RefundRequest(plan.whole() ? null : plan.ticketIds(), why)))
                .always(() -> busy = false)
                .onSuccess(after -> {
                    if (order.get() == null || order.get().id() != after.id()) {
                        return; // the clerk moved to another order meanwhile; the look-up shows it on return
                    }
                    show(after);
                    long back = after.payments().stream().skip(before).filter(PaymentView::refund).mapToLong(PaymentView::amount).sum();
                    long count = after.tickets().stream().filter(t -> t.state() == TicketState.REFUNDED).count()
                            - o.tickets().stream().filter(t -> t.state() == TicketState.REFUNDED).count();
                    say(m.text("orders.refunded", count, m.money(back, after.currency())), false);
                    refunded.accept(m.text("toast.refunded", m.money(back, after.currency())));
                }).onFailure(this::failed).start();
    }

    public void reprint(Path folder) {
        OrderView o = order.get();
        if (o == null) {
            say(m.text("orders.pickOrder"), true);
            return;
        }
        String printerName = printer.get();
        Background.run(() -> dev.tiketi.desktop.ui.Printers.printOrSave(printerName, api.ticketsPdf(o.id()), o.orderNo(), folder,
                o.orderNo() + "-reprint.pdf")).onSuccess(where -> say(m.text("counter.printed", where), false)).onFailure(this::failed).start();
    }

    private void open(OrderSummary summary) {
        if (summary == null) {
            order.set(null);
            tickets.clear();
            return;
        }
        Background.run(() -> api.order(summary.id())).onSuccess(o -> {
            if (selected.get() != null && selected.get().id() == o.id()) {
                show(o); // not a late answer for an order the clerk has left
            }
        }).onFailure(this::failed).start();
    }

    private void show(OrderView o) {
        order.set(o);
        // keep the result list in step with what the order has become (e.g. refunded)
        for (int i = 0; i < results.size(); i++) {
            OrderSummary r = results.get(i);
            if (r.id() == o.id() && r.state() != o.state()) {
                OrderSummary updated = new OrderSummary(r.id(), r.orderNo(), r.eventId(), r.eventName(), o.state(), r.channel(),
                        r.total(), r.currency(), r.customerName(), r.tickets(), r.createdAt());
                // replacing the list's selected line deselects it for a moment: that is not the clerk leaving the order
                replacing = true;
                try {
                    results.set(i, updated);
                    selected.set(updated);
                } finally {
                    replacing = false;
                }
            }
        }
        chosenTickets.clear();
        tickets.setAll(o.tickets());
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    private void failed(Throwable e) {
        say(m.problem(e), true);
    }
}
