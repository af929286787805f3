package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.seatmap.SeatLegend;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.shell.ShortcutRegistry;
import dev.tiketi.desktop.shell.Shortcuts;
import dev.tiketi.desktop.stock.StockCounters;
import dev.tiketi.desktop.stock.TierFacts;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the counter screen to its view-model and wires the keys; what may be pressed comes from the view-model. */
public final class CounterController {
    private final CounterViewModel vm;
    private final Path printFolder;
    private final Messages m;

    @FXML
    private atlantafx.base.controls.CustomTextField eventSearch;
    @FXML
    private ListView<EventSummary> eventList;
    @FXML
    private SeatMap seatMap;
    @FXML
    private VBox gaPane;
    @FXML
    private VBox gaStock;
    @FXML
    private VBox mapStock;
    @FXML
    private Button addButton;
    @FXML
    private ChoiceBox<TierView> gaTier;
    @FXML
    private Spinner<Integer> gaQuantity;
    @FXML
    private Label seatInfo;
    @FXML
    private Label feedState;
    @FXML
    private SeatLegend seatLegend;
    @FXML
    private HBox bestRow;
    @FXML
    private ChoiceBox<TierView> bestTier;
    @FXML
    private Spinner<Integer> bestQuantity;
    @FXML
    private Button bestButton;
    @FXML
    private ChoiceBox<String> printer;
    @FXML
    private Label eventTitle;
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
    private Button printButton;
    @FXML
    private Button splitButton;
    @FXML
    private Label message;
    @FXML
    private Label offlineBanner;
    @FXML
    private Label saleSummary;
    @FXML
    private TextField customerName;

    private final javafx.collections.ObservableList<String> printers;

    /** {@code printers}: the choices offered ("" = save as PDF first); it may grow while the screen shows. */
    public CounterController(CounterViewModel vm, Path printFolder, javafx.collections.ObservableList<String> printers) {
        this.vm = vm;
        this.printFolder = printFolder;
        this.m = vm.messages();
        this.printers = printers;
    }

    @FXML
    private void initialize() {
        eventSearch.textProperty().bindBidirectional(vm.searchProperty());
        eventSearch.setLeft(new org.kordamp.ikonli.javafx.FontIcon("mdi2m-magnify"));
        eventList.setItems(vm.events());
        eventList.setCellFactory(v -> new ListCell<>() {
            private final Label name = line("event-name");
            private final Label when = line("muted");
            private final Label status = line("event-status");
            private final VBox box = new VBox(1, name, when, status);

            {
                setPrefWidth(0); // as wide as the list (it widens with the window), never scrolling sideways
                box.maxWidthProperty().bind(eventList.widthProperty().subtract(28));
            }

            private Label line(String style) {
                Label l = new Label();
                l.setWrapText(true); // a long name wraps instead of being cut
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.getStyleClass().add(style);
                return l;
            }

            @Override
            protected void updateItem(EventSummary e, boolean empty) {
                super.updateItem(e, empty);
                setText(null);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(e.name());
                when.setText(m.dateTime(e.startsAt()) + (e.venueName() == null ? "" : " · " + e.venueName()));
                status.setText(m.text("status." + e.status()));
                status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("on-sale"), e.status() == dev.tiketi.model.catalog.EventStatus.ON_SALE);
                setGraphic(box);
            }
        });
        // the list's selection and the chosen event follow each other; replacing the list's items clears the
        // selection for a moment, which is not the clerk choosing nothing, so null never flows back
        eventList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedEventProperty().set(b);
            }
        });
        vm.selectedEventProperty().addListener((o, a, b) -> {
            if (b != null && eventList.getSelectionModel().getSelectedItem() != b) {
                eventList.getSelectionModel().select(b);
            }
        });
        eventList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                seatMap.requestFocus();
            }
        });
        // F2, type, Enter: the first match is opened and the keyboard goes to the map
        eventSearch.setOnAction(e -> vm.loadEvents());
        vm.events().addListener((javafx.collections.ListChangeListener<EventSummary>) c -> {
            EventSummary chosen = vm.selectedEventProperty().get();
            if (eventSearch.isFocused() && !vm.events().isEmpty() && !vm.searchProperty().get().isBlank()) {
                eventList.getSelectionModel().select(0);
            } else if (chosen != null) {
                // a reloaded list still shows the clerk's event as chosen
                vm.events().stream().filter(e -> e.id() == chosen.id()).findFirst().ifPresent(eventList.getSelectionModel()::select);
            }
        });

        seatMap.layoutProperty().bind(vm.layoutProperty());
        seatMap.localize(m);
        seatMap.fontFamilyProperty().set(dev.tiketi.desktop.ui.TerminalFont.FAMILY); // Hangul in section names and STAGE
        seatLegend.messagesProperty().set(m);
        Bindings.bindContent(seatMap.getStates(), vm.seats());
        Bindings.bindContentBidirectional(seatMap.getSelection(), vm.selection());
        Bindings.bindContent(seatMap.getMine(), vm.mine());
        seatInfo.textProperty().bind(Bindings.createStringBinding(() -> vm.describe(seatMap.pointedSeatProperty().get() != null
                ? seatMap.pointedSeatProperty().get() : seatMap.focusedSeatProperty().get()),
                seatMap.pointedSeatProperty(), seatMap.focusedSeatProperty(), vm.seats(), vm.mine(), vm.watched()));
        seatMap.chosenTierProperty().bind(vm.gaTierProperty()); // the keyboard's seat starts at the tier's best seat
        seatMap.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.holding().holdSelection();
                e.consume();
            } else if (Shortcuts.WATCH.combination().match(e)) {
                vm.toggleWatch(seatMap.focusedSeatProperty().get());
                e.consume();
            }
        });
        eventTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.eventProperty().get() == null
                ? m.text("counter.pickEvent") : vm.eventProperty().get().name(), vm.eventProperty()));
        boolean[] ga = {false};
        vm.eventProperty().addListener((o, a, b) -> {
            ga[0] = b != null && b.kind() == EventKind.GA;
            gaPane.setVisible(ga[0]);
            seatMap.setVisible(!ga[0]);
            gaTier.getItems().setAll(b == null ? java.util.List.of() : b.tiers());
            gaTier.setValue(vm.gaTierProperty().get());
            bestTier.getItems().setAll(b == null ? java.util.List.of() : b.tiers());
            bestTier.setValue(vm.gaTierProperty().get());
            bestRow.setVisible(b != null && !ga[0]);
            seatMap.getTiers().setAll(b == null ? java.util.List.of() : b.tiers());
            seatLegend.getTiers().setAll(seatMap.getTiers());
            seatLegend.currencyProperty().set(b == null ? null : b.currency());
        });
        gaPane.setVisible(false);
        bestRow.managedProperty().bind(bestRow.visibleProperty());
        bestRow.setVisible(false);
        // one control per place (a node has one parent), both fed by the same live stock
        java.util.function.Function<String, TierFacts> facts = code -> vm.eventProperty().get() == null ? null
                : TierFacts.of(vm.eventProperty().get()).apply(code);
        gaStock.getChildren().setAll(new StockCounters(m, vm.stock(), facts));
        mapStock.getChildren().setAll(new StockCounters(m, vm.stock(), facts));
        mapStock.visibleProperty().bind(bestRow.visibleProperty());
        mapStock.managedProperty().bind(mapStock.visibleProperty());
        addButton.disableProperty().bind(vm.canHold().not());
        gaTier.setConverter(new StringConverter<>() {
            @Override
            public String toString(TierView t) {
                return t == null ? "" : t.name() + " · " + m.money(t.price(), vm.eventProperty().get() == null
                        ? dev.tiketi.model.common.HouseCurrency.CODE : vm.eventProperty().get().currency());
            }

            @Override
            public TierView fromString(String s) {
                return null;
            }
        });
        gaTier.valueProperty().bindBidirectional(vm.gaTierProperty());
        bestTier.setConverter(gaTier.getConverter());
        bestTier.valueProperty().bindBidirectional(vm.gaTierProperty());
        bestQuantity.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, 2));
        bestQuantity.valueProperty().addListener((o, a, b) -> vm.gaQuantityProperty().set(b == null ? 1 : b));
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
        printer.valueProperty().bindBidirectional(vm.printerProperty());
        gaQuantity.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, 1));
        gaQuantity.valueProperty().addListener((o, a, b) -> vm.gaQuantityProperty().set(b == null ? 1 : b));
        vm.eventProperty().addListener((o, a, b) -> vm.gaQuantityProperty().set((ga[0] ? gaQuantity : bestQuantity).getValue()));

        basket.setItems(vm.basket());
        countdown.textProperty().bind(Bindings.createStringBinding(() -> vm.holdProperty().get() == null ? m.text("counter.noHold")
                : m.text("counter.countdown", vm.secondsLeftProperty().get() / 60, String.format("%02d", vm.secondsLeftProperty().get() % 60)),
                vm.holdProperty(), vm.secondsLeftProperty()));
        vm.holdWarningProperty().addListener((o, a, b) -> pseudo(countdown, "warning", b));
        total.textProperty().bind(Bindings.createStringBinding(() -> vm.holds().isEmpty() ? ""
                : m.text("counter.total", m.money(vm.totalProperty().get(), vm.basketCurrency())), vm.holds(), vm.totalProperty()));
        drawerClosed.visibleProperty().bind(vm.drawerProperty().isNull());
        drawerClosed.managedProperty().bind(drawerClosed.visibleProperty());
        drawerState.visibleProperty().bind(vm.drawerProperty().isNotNull());
        drawerState.managedProperty().bind(drawerState.visibleProperty());
        drawerState.textProperty().bind(Bindings.createStringBinding(() -> vm.drawerProperty().get() == null ? ""
                : m.text("counter.drawerIsOpen", m.cash(vm.drawerProperty().get().openingFloat())),
                vm.drawerProperty()));
        openingFloat.textProperty().bindBidirectional(vm.drawer().openingFloatProperty());
        openingFloat.setOnAction(e -> vm.drawer().open());
        tendered.textProperty().bindBidirectional(vm.checkout().tenderedProperty());
        tendered.setOnAction(e -> vm.checkout().payCash());
        change.textProperty().bind(vm.checkout().changeProperty());
        cardNumber.textProperty().bindBidirectional(vm.checkout().cardNumberProperty());
        cardNumber.setOnAction(e -> vm.checkout().payCard());
        message.textProperty().bind(vm.messageProperty());
        feedState.textProperty().bind(vm.feedModeProperty());
        vm.errorProperty().addListener((o, a, b) -> pseudo(message, "error", b));
        holdButton.disableProperty().bind(vm.canHold().not());
        bestButton.disableProperty().bind(vm.canHold().not());
        extendButton.disableProperty().bind(vm.holdProperty().isNull().or(vm.busyProperty()));
        releaseButton.disableProperty().bind(vm.busyProperty().or(vm.holdProperty().isNull().and(Bindings.isEmpty(vm.selection()))));
        cashButton.disableProperty().bind(vm.canPayCash().not());
        cardButton.disableProperty().bind(vm.canPayCard().not());
        splitButton.disableProperty().bind(vm.canPayCash().not());
        cardNumber.disableProperty().bind(vm.busyProperty());
        tendered.disableProperty().bind(vm.busyProperty());
        // while the seats are not the server's, say so plainly and dim the map: nothing is sold from a stale map
        offlineBanner.textProperty().set(m.text("counter.offline"));
        offlineBanner.visibleProperty().bind(vm.eventProperty().isNotNull().and(vm.upToDateProperty().not()));
        offlineBanner.managedProperty().bind(offlineBanner.visibleProperty());
        seatMap.opacityProperty().bind(Bindings.when(vm.upToDateProperty()).then(1.0).otherwise(0.45));
        saleSummary.textProperty().bind(vm.checkout().saleSummaryProperty());
        saleSummary.visibleProperty().bind(vm.checkout().saleSummaryProperty().isNotEmpty());
        saleSummary.managedProperty().bind(saleSummary.visibleProperty());
        customerName.textProperty().bindBidirectional(vm.checkout().customerNameProperty());
        change.visibleProperty().bind(vm.checkout().changeProperty().isNotEmpty());
        tip(splitButton, Shortcuts.SPLIT);
        tip(addButton, Shortcuts.ADD_TO_BASKET);
        icon(holdButton, "mdi2s-seat");
        icon(cashButton, "mdi2c-cash");
        icon(cardButton, "mdi2c-credit-card-outline");
        icon(splitButton, "mdi2c-call-split");
        icon(printButton, "mdi2p-printer");
        icon(drawerButton, "mdi2c-cash-register");
        printButton.disableProperty().bind(vm.lastOrderProperty().isNull());

        tip(holdButton, Shortcuts.HOLD);
        tip(extendButton, Shortcuts.EXTEND);
        tip(releaseButton, Shortcuts.RELEASE);
        tip(drawerButton, Shortcuts.DRAWER);
        tip(cashButton, Shortcuts.CASH);
        tip(cardButton, Shortcuts.CARD);
        tip(printButton, Shortcuts.PRINT);
        tip(eventSearch, Shortcuts.SEARCH);
        tip(bestButton, Shortcuts.BEST);
        tip(seatMap, Shortcuts.MAP);
        vm.loadEvents();
    }

    /** The Sell tab's keys, acting while {@code active} (the tab is showing). */
    public void keys(ShortcutRegistry keys, java.util.function.BooleanSupplier active) {
        keys.on(Shortcuts.SEARCH, active, () -> {
            eventSearch.requestFocus();
            eventSearch.selectAll();
        });
        keys.on(Shortcuts.MAP, active, () -> (seatMap.isVisible() ? seatMap : gaQuantity).requestFocus());
        keys.on(Shortcuts.HOLD, active, vm.holding()::holdSelection);
        keys.on(Shortcuts.BEST, active, () -> {
            if (bestQuantity.isFocused() || bestQuantity.getEditor().isFocused()) {
                bestQuantity.commitValue();
                vm.holding().holdBestAvailable();
            } else {
                bestQuantity.requestFocus();
            }
        });
        keys.on(Shortcuts.EXTEND, active, vm.holding()::extendHold);
        keys.on(Shortcuts.DRAWER, active, () -> {
            if (vm.drawerProperty().get() == null) {
                openingFloat.requestFocus();
            }
        });
        keys.on(Shortcuts.PRINT, active, this::print);
        keys.on(Shortcuts.CASH, active, () -> {
            if (tendered.isFocused()) {
                vm.checkout().payCash();
            } else {
                tendered.requestFocus();
            }
        });
        keys.on(Shortcuts.CARD, active, () -> {
            if (cardNumber.isFocused()) {
                vm.checkout().payCard();
            } else {
                cardNumber.requestFocus();
            }
        });
        keys.on(Shortcuts.RELEASE, active, () -> {
            // Esc in an amount or card field means "never mind this field", not "give the seats back"
            if (!(seatMap.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                vm.holding().releaseHold();
            }
        });
        keys.on(Shortcuts.SPLIT, active, vm.checkout()::paySplit);
        keys.on(Shortcuts.ADD_TO_BASKET, active, this::addToBasket);
    }

    @FXML
    private void hold() {
        vm.holding().holdSelection();
    }

    @FXML
    private void addToBasket() {
        gaQuantity.commitValue();
        vm.holding().addToBasket();
    }

    @FXML
    private void holdBest() {
        vm.holding().holdBestAvailable();
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
        vm.printLast(printFolder);
    }

    private static void icon(Button button, String code) {
        button.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(code));
    }

    private void tip(javafx.scene.control.Control control, Shortcuts key) {
        control.setTooltip(new Tooltip(ShortcutRegistry.text(m, key)));
    }

    private static void pseudo(javafx.scene.Node node, String name, boolean on) {
        node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(name), on);
    }
}
