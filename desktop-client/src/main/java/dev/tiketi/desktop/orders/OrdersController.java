package dev.tiketi.desktop.orders;

import dev.tiketi.desktop.shell.ShortcutRegistry;
import dev.tiketi.desktop.shell.Shortcuts;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.sales.OrderSummary;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.TicketView;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** Binds the look-up and refund screen to its view-model and wires its keys. */
public final class OrdersController {
    private final OrdersViewModel vm;
    private final Path printFolder;
    private final Messages m;

    @FXML
    private TextField lookup;
    @FXML
    private ListView<OrderSummary> results;
    @FXML
    private Label orderTitle;
    @FXML
    private ListView<TicketView> tickets;
    @FXML
    private Button refundButton;
    @FXML
    private Button reprintButton;
    @FXML
    private Button exchangeButton;
    @FXML
    private Label message;

    public OrdersController(OrdersViewModel vm, Path printFolder) {
        this.vm = vm;
        this.printFolder = printFolder;
        this.m = vm.messages();
    }

    @FXML
    private void initialize() {
        lookup.textProperty().bindBidirectional(vm.queryProperty());
        lookup.setOnAction(e -> vm.search());
        results.setItems(vm.results());
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OrderSummary o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : o.orderNo() + "  " + o.eventName() + "\n" + m.dateTime(o.createdAt()) + " · "
                        + m.text("orders.tickets", o.tickets()) + " · " + m.money(o.total(), o.currency()) + " · " + m.text("order." + o.state()));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && results.getSelectionModel().getSelectedItem() != b) {
                results.getSelectionModel().select(b);
            }
        });
        orderTitle.textProperty().bind(Bindings.createStringBinding(() -> title(vm.orderProperty().get()), vm.orderProperty()));
        tickets.setItems(vm.tickets());
        tickets.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tickets.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TicketView t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : (t.seatLabel() == null ? t.tierName() : t.seatLabel() + " · " + t.tierCode())
                        + "   " + m.money(t.price(), currency()) + "   " + m.text("ticket." + t.state()) + "\n" + t.code());
            }
        });
        tickets.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TicketView>) c ->
                vm.chosenTickets().setAll(tickets.getSelectionModel().getSelectedItems()));
        refundButton.disableProperty().bind(vm.refundableProperty().not());
        reprintButton.disableProperty().bind(vm.orderProperty().isNull());
        exchangeButton.disableProperty().bind(vm.orderProperty().isNull());
        exchangeButton.setTooltip(new Tooltip(ShortcutRegistry.text(m, Shortcuts.EXCHANGE)));
        lookup.setTooltip(new Tooltip(ShortcutRegistry.text(m, Shortcuts.FIND)));
        refundButton.setTooltip(new Tooltip(ShortcutRegistry.text(m, Shortcuts.REFUND)));
        reprintButton.setTooltip(new Tooltip(ShortcutRegistry.text(m, Shortcuts.REPRINT)));
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), b));
    }

    /** A ticket's price is in its order's currency. */
    private String currency() {
        OrderView o = vm.orderProperty().get();
        return o == null ? null : o.currency();
    }

    private String title(OrderView o) {
        return o == null ? m.text("orders.pickOrder")
                : o.orderNo() + " · " + o.eventName() + " · " + m.money(o.total(), o.currency()) + " · " + m.text("order." + o.state());
    }

    /** The Orders tab's keys, acting while {@code active} (the tab is showing). */
    public void keys(ShortcutRegistry keys, BooleanSupplier active) {
        keys.on(Shortcuts.FIND, active, () -> {
            lookup.requestFocus();
            lookup.selectAll();
        });
        keys.on(Shortcuts.REFUND, active, this::refund);
        keys.on(Shortcuts.EXCHANGE, active, vm::exchange);
        keys.on(Shortcuts.REPRINT, active, () -> vm.reprint(printFolder));
    }

    /** Where the keyboard starts when the tab opens. */
    public void focus() {
        // after the tab's content is showing, or the request is ignored
        javafx.application.Platform.runLater(() -> {
            lookup.requestFocus();
            lookup.selectAll();
        });
    }

    @FXML
    private void search() {
        vm.search();
    }

    /** Asks before any money moves: which tickets, how much, and where it goes, with a reason to keep. */
    @FXML
    private void refund() {
        vm.refundPlan().flatMap(plan -> RefundConfirmation.ask(m, refundButton.getScene().getWindow(), plan))
                .ifPresent(confirmed -> vm.refund(confirmed.plan(), confirmed.reason()));
    }

    @FXML
    private void exchange() {
        vm.exchange();
    }

    @FXML
    private void reprint() {
        vm.reprint(printFolder);
    }
}
