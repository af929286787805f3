package dev.tiketi.desktop.counter;

import atlantafx.base.controls.CustomTextField;
import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.seatmap.SeatLegend;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.shell.ShortcutRegistry;
import dev.tiketi.desktop.shell.Shortcuts;
import dev.tiketi.desktop.stock.StockCounters;
import dev.tiketi.desktop.stock.TierFacts;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.TerminalFont;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.common.HouseCurrency;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Binds the Sell tab's events and seat map (or GA tiers) to the view-model and wires their keys; the till on the
 * right is the {@link TillController}'s. What may be pressed comes from the view-model.
 */
public final class CounterController {
    private final CounterViewModel vm;
    private final TillController till;
    private final Messages m;

    @FXML
    private CustomTextField eventSearch;
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
    private Label eventTitle;
    @FXML
    private Label offlineBanner;

    /** {@code printers}: the choices offered ("" = save as PDF first); it may grow while the screen shows. */
    public CounterController(CounterViewModel vm, Path printFolder, ObservableList<String> printers) {
        this.vm = vm;
        this.m = vm.messages();
        this.till = new TillController(vm, printFolder, printers);
    }

    /** The till's controller, for the loader of Counter.fxml to give to the included Till.fxml. */
    public Object till() {
        return till;
    }

    @FXML
    private void initialize() {
        LiveEvent live = vm.live();
        EventList.wire(eventSearch, eventList, seatMap, vm.picker(), vm::loadEvents, m);
        bindMap(live);
        eventTitle.textProperty().bind(Bindings.createStringBinding(() -> live.eventProperty().get() == null
                ? m.text("counter.pickEvent") : live.eventProperty().get().name(), live.eventProperty()));
        live.eventProperty().addListener((o, a, b) -> eventChanged(b));
        gaPane.setVisible(false);
        bestRow.managedProperty().bind(bestRow.visibleProperty());
        bestRow.setVisible(false);
        // one control per place (a node has one parent), both fed by the same live stock
        Function<String, TierFacts> facts = code -> live.eventProperty().get() == null ? null
                : TierFacts.of(live.eventProperty().get()).apply(code);
        gaStock.getChildren().setAll(new StockCounters(m, live.stock(), facts));
        mapStock.getChildren().setAll(new StockCounters(m, live.stock(), facts));
        mapStock.visibleProperty().bind(bestRow.visibleProperty());
        mapStock.managedProperty().bind(mapStock.visibleProperty());
        addButton.disableProperty().bind(vm.canHold().not());
        bestButton.disableProperty().bind(vm.canHold().not());
        gaTier.setConverter(tierNames(live));
        gaTier.valueProperty().bindBidirectional(vm.gaTierProperty());
        bestTier.setConverter(gaTier.getConverter());
        bestTier.valueProperty().bindBidirectional(vm.gaTierProperty());
        bestQuantity.setValueFactory(new IntegerSpinnerValueFactory(1, 100, 2));
        bestQuantity.valueProperty().addListener((o, a, b) -> vm.gaQuantityProperty().set(b == null ? 1 : b));
        gaQuantity.setValueFactory(new IntegerSpinnerValueFactory(1, 100, 1));
        gaQuantity.valueProperty().addListener((o, a, b) -> vm.gaQuantityProperty().set(b == null ? 1 : b));
        feedState.textProperty().bind(FeedLine.of(live, m));
        // while the seats are not the server's, say so plainly and dim the map: nothing is sold from a stale map
        offlineBanner.textProperty().set(m.text("counter.offline"));
        offlineBanner.visibleProperty().bind(live.eventProperty().isNotNull().and(live.upToDateProperty().not()));
        offlineBanner.managedProperty().bind(offlineBanner.visibleProperty());
        seatMap.opacityProperty().bind(Bindings.when(live.upToDateProperty()).then(1.0).otherwise(0.45));
        tip(addButton, Shortcuts.ADD_TO_BASKET);
        tip(eventSearch, Shortcuts.SEARCH);
        tip(bestButton, Shortcuts.BEST);
        tip(seatMap, Shortcuts.MAP);
        vm.loadEvents();
    }

    private void bindMap(LiveEvent live) {
        seatMap.layoutProperty().bind(live.layoutProperty());
        seatMap.localize(m);
        seatMap.fontFamilyProperty().set(TerminalFont.FAMILY); // Hangul in section names and STAGE
        seatLegend.messagesProperty().set(m);
        Bindings.bindContent(seatMap.getStates(), live.seats());
        Bindings.bindContentBidirectional(seatMap.getSelection(), vm.selection());
        Bindings.bindContent(seatMap.getMine(), vm.basket().seats());
        Bindings.bindContent(seatMap.getWatched(), vm.watched());
        seatLegend.watchShownProperty().set(true); // W watches a seat: the key explains its ring
        seatInfo.textProperty().bind(Bindings.createStringBinding(() -> vm.describe(seatMap.pointedSeatProperty().get() != null
                ? seatMap.pointedSeatProperty().get() : seatMap.focusedSeatProperty().get()),
                seatMap.pointedSeatProperty(), seatMap.focusedSeatProperty(), live.seats(), vm.basket().seats(), vm.watched()));
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
    }

    /** Another event (or none): GA shows tiers and a quantity, a reserved event its map, best available and legend. */
    private void eventChanged(EventDetail event) {
        boolean ga = event != null && event.kind() == EventKind.GA;
        List<TierView> tiers = event == null ? List.of() : event.tiers();
        gaPane.setVisible(ga);
        seatMap.setVisible(!ga);
        gaTier.getItems().setAll(tiers);
        gaTier.setValue(vm.gaTierProperty().get());
        bestTier.getItems().setAll(tiers);
        bestTier.setValue(vm.gaTierProperty().get());
        bestRow.setVisible(event != null && !ga);
        seatMap.getTiers().setAll(tiers);
        seatLegend.getTiers().setAll(tiers);
        seatLegend.currencyProperty().set(event == null ? null : event.currency());
        vm.gaQuantityProperty().set((ga ? gaQuantity : bestQuantity).getValue());
    }

    private StringConverter<TierView> tierNames(LiveEvent live) {
        return new StringConverter<>() {
            @Override
            public String toString(TierView t) {
                EventDetail e = live.eventProperty().get();
                return t == null ? "" : t.name() + " · " + m.money(t.price(), e == null ? HouseCurrency.CODE : e.currency());
            }

            @Override
            public TierView fromString(String s) {
                return null;
            }
        };
    }

    /** The Sell tab's keys, acting while {@code active} (the tab is showing). */
    public void keys(ShortcutRegistry keys, BooleanSupplier active) {
        keys.on(Shortcuts.SEARCH, active, () -> {
            eventSearch.requestFocus();
            eventSearch.selectAll();
        });
        keys.on(Shortcuts.MAP, active, () -> (seatMap.isVisible() ? seatMap : gaQuantity).requestFocus());
        keys.on(Shortcuts.BEST, active, () -> {
            if (bestQuantity.isFocused() || bestQuantity.getEditor().isFocused()) {
                bestQuantity.commitValue();
                vm.holding().holdBestAvailable();
            } else {
                bestQuantity.requestFocus();
            }
        });
        keys.on(Shortcuts.ADD_TO_BASKET, active, this::addToBasket);
        till.keys(keys, active);
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

    private void tip(Control control, Shortcuts key) {
        Widgets.tip(m, control, key);
    }
}
