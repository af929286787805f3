package dev.tiketi.desktop.counter;

import static dev.tiketi.desktop.counter.Widgets.icon;
import static dev.tiketi.desktop.counter.Widgets.pseudo;

import dev.tiketi.desktop.sale.Basket;
import dev.tiketi.desktop.shell.ShortcutRegistry;
import dev.tiketi.desktop.shell.Shortcuts;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.sales.CashSessionView;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Sell tab's till (Till.fxml, included by Counter.fxml): the basket and its countdown, the drawer, cash,
 * card, split, the customer's name, the sale summary and printing. Binds, nothing else.
 */
public final class TillController {
    private final CounterViewModel vm;
    private final Path printFolder;
    private final ObservableList<String> printers;
    private final Messages m;

    @FXML
    private Label countdown;
    @FXML
    private ListView<String> basket;
    @FXML
    private Label total;
    @FXML
    private Button holdButton;
    @FXML
    private Button extendButton;
    @FXML
    private Button releaseButton;
    @FXML
    private VBox drawerClosed;
    @FXML
    private TextField openingFloat;
    @FXML
    private Button drawerButton;
    @FXML
    private Label drawerState;
    @FXML
    private TextField tendered;
    @FXML
    private Label change;
    @FXML
    private Button cashButton;
    @FXML
    private TextField cardNumber;
    @FXML
    private Button cardButton;
    @FXML
    private Button splitButton;
    @FXML
    private TextField customerName;
    @FXML
    private Label saleSummary;
    @FXML
    private ChoiceBox<String> printer;
    @FXML
    private Button printButton;
    @FXML
    private Label message;

    TillController(CounterViewModel vm, Path printFolder, ObservableList<String> printers) {
        this.vm = vm;
        this.printFolder = printFolder;
        this.printers = printers;
        this.m = vm.messages();
    }

    @FXML
    private void initialize() {
        Basket b = vm.basket();
        basket.setItems(vm.basketLines());
        countdown.textProperty().bind(Bindings.createStringBinding(() -> vm.holdProperty().get() == null ? m.text("counter.noHold")
                : m.text("counter.countdown", b.secondsLeftProperty().get() / 60, String.format("%02d", b.secondsLeftProperty().get() % 60)),
                vm.holdProperty(), b.secondsLeftProperty()));
        b.warningProperty().addListener((o, was, now) -> pseudo(countdown, "warning", now));
        total.textProperty().bind(Bindings.createStringBinding(() -> b.holds().isEmpty() ? ""
                : m.text("counter.total", m.money(b.totalProperty().get(), b.currency())), b.holds(), b.totalProperty()));
        bindDrawer();
        bindPayment();
        bindPrinter();
        message.textProperty().bind(vm.status().messageProperty());
        vm.status().errorProperty().addListener((o, was, now) -> pseudo(message, "error", now));
        holdButton.disableProperty().bind(vm.canHold().not());
        extendButton.disableProperty().bind(vm.holdProperty().isNull().or(vm.busyProperty()));
        releaseButton.disableProperty().bind(vm.busyProperty().or(vm.holdProperty().isNull().and(Bindings.isEmpty(vm.selection()))));
        icon(holdButton, "mdi2s-seat");
        tip(holdButton, Shortcuts.HOLD);
        tip(extendButton, Shortcuts.EXTEND);
        tip(releaseButton, Shortcuts.RELEASE);
    }

    private void bindDrawer() {
        ReadOnlyObjectProperty<CashSessionView> open = vm.drawer().drawerProperty();
        drawerClosed.visibleProperty().bind(open.isNull());
        drawerClosed.managedProperty().bind(drawerClosed.visibleProperty());
        drawerState.visibleProperty().bind(open.isNotNull());
        drawerState.managedProperty().bind(drawerState.visibleProperty());
        drawerState.textProperty().bind(Bindings.createStringBinding(() -> open.get() == null ? ""
                : m.text("counter.drawerIsOpen", m.cash(open.get().openingFloat())), open));
        openingFloat.textProperty().bindBidirectional(vm.drawer().openingFloatProperty());
        openingFloat.setOnAction(e -> vm.drawer().open());
        icon(drawerButton, "mdi2c-cash-register");
        tip(drawerButton, Shortcuts.DRAWER);
    }

    private void bindPayment() {
        Checkout till = vm.checkout();
        tendered.textProperty().bindBidirectional(till.tenderedProperty());
        tendered.setOnAction(e -> till.payCash());
        tendered.disableProperty().bind(vm.busyProperty());
        change.textProperty().bind(till.changeProperty());
        change.visibleProperty().bind(till.changeProperty().isNotEmpty());
        cardNumber.textProperty().bindBidirectional(till.cardNumberProperty());
        cardNumber.setOnAction(e -> till.payCard());
        cardNumber.disableProperty().bind(vm.busyProperty());
        customerName.textProperty().bindBidirectional(till.customerNameProperty());
        saleSummary.textProperty().bind(till.saleSummaryProperty());
        saleSummary.visibleProperty().bind(till.saleSummaryProperty().isNotEmpty());
        saleSummary.managedProperty().bind(saleSummary.visibleProperty());
        cashButton.disableProperty().bind(vm.canPayCash().not());
        cardButton.disableProperty().bind(vm.canPayCard().not());
        splitButton.disableProperty().bind(vm.canPayCash().not());
        icon(cashButton, "mdi2c-cash");
        icon(cardButton, "mdi2c-credit-card-outline");
        icon(splitButton, "mdi2c-call-split");
        tip(cashButton, Shortcuts.CASH);
        tip(cardButton, Shortcuts.CARD);
        tip(splitButton, Shortcuts.SPLIT);
    }

    private void bindPrinter() {
        printer.setItems(printers);
        printer.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? m.text("counter.saveAsPdf") : name;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        printer.valueProperty().bindBidirectional(vm.printing().printerProperty());
        printButton.disableProperty().bind(vm.payment().orderProperty().isNull());
        icon(printButton, "mdi2p-printer");
        tip(printButton, Shortcuts.PRINT);
    }

    /** The till's keys, acting while {@code active} (the Sell tab is showing). */
    void keys(ShortcutRegistry keys, BooleanSupplier active) {
        keys.on(Shortcuts.HOLD, active, vm.holding()::holdSelection);
        keys.on(Shortcuts.EXTEND, active, vm.holding()::extendHold);
        keys.on(Shortcuts.DRAWER, active, () -> {
            if (vm.drawer().drawerProperty().get() == null) {
                openingFloat.requestFocus();
            }
        });
        keys.on(Shortcuts.PRINT, active, this::print);
        keys.on(Shortcuts.CASH, active, () -> payOrFocus(tendered, vm.checkout()::payCash));
        keys.on(Shortcuts.CARD, active, () -> payOrFocus(cardNumber, vm.checkout()::payCard));
        keys.on(Shortcuts.RELEASE, active, () -> {
            // Esc in an amount or card field means "never mind this field", not "give the seats back"
            if (!(message.getScene().getFocusOwner() instanceof TextInputControl)) {
                vm.holding().releaseHold();
            }
        });
        keys.on(Shortcuts.SPLIT, active, vm.checkout()::paySplit);
    }

    /** The first press goes to the field, the second (in the field) pays. */
    private static void payOrFocus(TextField field, Runnable pay) {
        if (field.isFocused()) {
            pay.run();
        } else {
            field.requestFocus();
        }
    }

    @FXML
    private void hold() {
        vm.holding().holdSelection();
    }

    @FXML
    private void extend() {
        vm.holding().extendHold();
    }

    @FXML
    private void release() {
        vm.holding().releaseHold();
    }

    @FXML
    private void openDrawer() {
        vm.drawer().open();
    }

    @FXML
    private void payCash() {
        vm.checkout().payCash();
    }

    @FXML
    private void payCard() {
        vm.checkout().payCard();
    }

    @FXML
    private void paySplit() {
        vm.checkout().paySplit();
    }

    @FXML
    private void print() {
        vm.printing().printLast(printFolder);
    }

    private void tip(Control control, Shortcuts key) {
        Widgets.tip(m, control, key);
    }
}
