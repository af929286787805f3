package dev.tiketi.desktop.kiosk.purchase;

import dev.tiketi.desktop.seatmap.SeatLegend;
import dev.tiketi.desktop.seatmap.SeatMap;
import dev.tiketi.desktop.seatmap.SeatPalette;
import dev.tiketi.desktop.seatmap.TouchBehavior;
import dev.tiketi.desktop.stock.StockCounters;
import dev.tiketi.desktop.stock.TierFacts;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.TerminalFont;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.sales.OrderView;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.MaskerPane;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds the kiosk's purchase screens to {@link PurchaseViewModel}: which step shows, the texts, what may be
 * pressed; lays the seat screen out across (landscape) or down (portrait). Decides nothing itself.
 */
final class PurchaseController {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");

    private final PurchaseViewModel vm;
    private final Messages m;
    /** Null until the first layout. */
    private Boolean portraitNow;

    @FXML
    private StackPane root;
    @FXML
    private Label eventName;
    @FXML
    private Label eventWhen;
    @FXML
    private Label timer;
    @FXML
    private Button cancelButton;
    @FXML
    private Label loadingStep;
    @FXML
    private BorderPane seatStep;
    @FXML
    private VBox mapArea;
    @FXML
    private Label offline;
    @FXML
    private SeatMap seatMap;
    @FXML
    private SeatLegend legend;
    @FXML
    private ScrollPane gaArea;
    @FXML
    private GridPane gaRows;
    @FXML
    private GridPane side;
    @FXML
    private Label notice;
    @FXML
    private VBox mapChoice;
    @FXML
    private Label selectionSummary;
    @FXML
    private Label selectionTotal;
    @FXML
    private Button holdButton;
    @FXML
    private Button clearButton;
    @FXML
    private VBox bestChoice;
    @FXML
    private FlowPane bestTiers;
    @FXML
    private HBox bestStepperBox;
    @FXML
    private Button bestButton;
    @FXML
    private VBox gaChoice;
    @FXML
    private Label gaSummary;
    @FXML
    private Label gaTotal;
    @FXML
    private Button gaButton;
    @FXML
    private BorderPane cardStep;
    @FXML
    private VBox basketBox;
    @FXML
    private VBox basketLines;
    @FXML
    private Label basketTotal;
    @FXML
    private Label cardIcon;
    @FXML
    private Button tapButton;
    @FXML
    private Button insertButton;
    @FXML
    private SegmentedButton cards;
    @FXML
    private VBox answerStep;
    @FXML
    private Label answerIcon;
    @FXML
    private Label answerTitle;
    @FXML
    private Label answerText;
    @FXML
    private Button tryAgainButton;
    @FXML
    private Button answerChangeSeats;
    @FXML
    private BorderPane ticketsStep;
    @FXML
    private Label orderNo;
    @FXML
    private Label printState;
    @FXML
    private FlowPane tickets;
    @FXML
    private Label backIn;
    @FXML
    private Button doneButton;
    @FXML
    private MaskerPane masker;
    @FXML
    private StackPane warning;
    @FXML
    private Label warningIcon;
    @FXML
    private Label warningText;
    @FXML
    private Label warningNote;
    @FXML
    private Button extendButton;
    @FXML
    private Button dismissButton;

    PurchaseController(PurchaseViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(PurchaseController.class.getResource("kiosk-purchase.css").toExternalForm());
        header();
        steps();
        seatScreen();
        gaScreen();
        cardScreen();
        answerScreen();
        ticketsScreen();
        overlays();
        root.widthProperty().addListener(o -> orient());
        root.heightProperty().addListener(o -> orient());
        orient();
    }

    private void header() {
        eventName.textProperty().bind(text(() -> vm.eventProperty().get() == null ? "" : vm.eventProperty().get().name(), vm.eventProperty()));
        eventWhen.textProperty().bind(text(() -> {
            EventDetail e = vm.eventProperty().get();
            if (e == null) {
                return "";
            }
            return e.venue() == null ? m.dateTime(e.startsAt()) : m.text("kiosk.purchase.when", m.dateTime(e.startsAt()), e.venue().name());
        }, vm.eventProperty()));
        timer.setGraphic(icon("mdi2t-timer-outline"));
        timer.textProperty().bind(text(() -> m.text("kiosk.purchase.heldFor", minutes(), seconds()), vm.secondsLeftProperty()));
        timer.accessibleTextProperty().bind(text(() -> m.text("kiosk.purchase.heldForAccessible", vm.secondsLeftProperty().get() / 60,
                vm.secondsLeftProperty().get() % 60), vm.secondsLeftProperty()));
        timer.setAccessibleRole(AccessibleRole.TEXT);
        BooleanBinding holding = vm.basketEmptyProperty().not().and(step(PurchaseStep.TICKETS, PurchaseStep.ENDED).not());
        show(timer, holding);
        vm.secondsLeftProperty().addListener((o, a, b) -> timer.pseudoClassStateChanged(WARNING, b.intValue() <= PurchaseViewModel.WARN_SECONDS));
        show(cancelButton, step(PurchaseStep.LOADING, PurchaseStep.SEATS, PurchaseStep.CARD, PurchaseStep.DECLINED,
                PurchaseStep.NO_ANSWER, PurchaseStep.PAY_FAILED));
        cancelButton.setAccessibleText(m.text("kiosk.purchase.cancelAccessible"));
        cancelButton.setGraphic(icon("mdi2h-home-outline"));
    }

    private void steps() {
        show(loadingStep, step(PurchaseStep.LOADING));
        // the event could not be loaded: say why where the customer is looking (Start over stays)
        loadingStep.textProperty().bind(text(() -> vm.noticeProperty().get().isEmpty() ? m.text("kiosk.purchase.loading")
                : vm.noticeProperty().get(), vm.noticeProperty()));
        loadingStep.setWrapText(true);
        show(seatStep, step(PurchaseStep.SEATS));
        show(cardStep, step(PurchaseStep.CARD, PurchaseStep.PAYING));
        show(answerStep, step(PurchaseStep.DECLINED, PurchaseStep.NO_ANSWER, PurchaseStep.PAY_FAILED));
        show(ticketsStep, step(PurchaseStep.TICKETS));
    }

    private void seatScreen() {
        BooleanBinding ga = Bindings.createBooleanBinding(() -> vm.eventProperty().get() != null && vm.eventProperty().get().kind() == EventKind.GA,
                vm.eventProperty());
        show(mapArea, ga.not());
        show(mapChoice, ga.not());
        show(bestChoice, ga.not());
        show(gaArea, ga);
        show(gaChoice, ga);
        seatMap.setBehavior(new TouchBehavior());
        seatMap.setPalette(SeatPalette.highContrast());
        legend.paletteProperty().set(SeatPalette.highContrast());
        seatMap.localize(m);
        seatMap.fontFamilyProperty().set(TerminalFont.FAMILY);
        seatMap.setAccessibleText(m.text("kiosk.purchase.mapAccessible"));
        seatMap.layoutProperty().bind(vm.layoutProperty());
        Bindings.bindContent(seatMap.getStates(), vm.seats());
        Bindings.bindContentBidirectional(seatMap.getSelection(), vm.selection());
        Bindings.bindContent(seatMap.getMine(), vm.mine());
        seatMap.chosenTierProperty().bind(vm.bestTierProperty());
        legend.messagesProperty().set(m);
        vm.eventProperty().addListener((o, a, e) -> {
            List<TierView> tiers = e == null ? List.of() : e.tiers();
            seatMap.getTiers().setAll(tiers);
            legend.getTiers().setAll(tiers);
            legend.currencyProperty().set(e == null ? null : e.currency());
            bestTierButtons(tiers);
        });
        show(offline, vm.eventProperty().isNotNull().and(vm.upToDateProperty().not()));
        seatMap.opacityProperty().bind(Bindings.when(vm.upToDateProperty()).then(1.0).otherwise(0.45));

        notice.textProperty().bind(vm.noticeProperty());
        show(notice, vm.noticeProperty().isNotEmpty());
        vm.noticeWarningProperty().addListener((o, a, b) -> notice.pseudoClassStateChanged(WARNING, b));
        notice.setGraphic(icon("mdi2i-information-outline"));
        selectionSummary.textProperty().bind(vm.selectionSummaryProperty());
        selectionTotal.textProperty().bind(text(() -> vm.selection().isEmpty() ? ""
                : m.text("kiosk.purchase.total", m.money(vm.selectionTotalProperty().get(), vm.currency())), vm.selection(), vm.selectionTotalProperty()));
        holdButton.disableProperty().bind(vm.canHoldSelection().not());
        clearButton.disableProperty().bind(Bindings.isEmpty(vm.selection()));
        bestStepperBox.getChildren().setAll(new StepperView(vm.best(), m.text("kiosk.purchase.seatsWord"), m));
        bestButton.textProperty().bind(text(() -> m.text("kiosk.purchase.findBest", vm.best().value()), vm.best().valueProperty()));
        bestButton.disableProperty().bind(vm.canHoldBest().not());
        bestButton.setGraphic(icon("mdi2s-star-outline"));
        holdButton.setGraphic(icon("mdi2a-arrow-right"));
    }

    /** One toggle per tier for "best available", its price on it; the chosen one follows the view-model's. */
    private void bestTierButtons(List<TierView> tiers) {
        ToggleGroup group = new ToggleGroup();
        bestTiers.getChildren().setAll(tiers.stream().map(t -> {
            ToggleButton b = new ToggleButton(m.text("kiosk.purchase.tierPrice", t.name(), m.money(t.price(), vm.currency())));
            b.getStyleClass().add("kp-tier");
            b.setUserData(t);
            b.setToggleGroup(group);
            b.setSelected(t.equals(vm.bestTierProperty().get()));
            b.setOnAction(e -> {
                vm.bestTierProperty().set(t);
                b.setSelected(true); // a second tap on the chosen tier keeps it chosen
            });
            return b;
        }).toList());
        vm.bestTierProperty().addListener((o, a, b) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(b))));
    }

    private void gaScreen() {
        vm.ga().addListener((ListChangeListener<PurchaseViewModel.TierQuantity>) c -> gaRowsChanged());
        gaRowsChanged();
        gaSummary.textProperty().bind(text(() -> m.text("kiosk.purchase.quantity", vm.gaCountProperty().get()), vm.gaCountProperty()));
        gaTotal.textProperty().bind(text(() -> vm.gaCountProperty().get() == 0 ? ""
                : m.text("kiosk.purchase.total", m.money(vm.gaTotalProperty().get(), vm.currency())), vm.gaCountProperty(), vm.gaTotalProperty()));
        gaButton.disableProperty().bind(vm.canHoldGa().not());
        gaButton.setGraphic(icon("mdi2a-arrow-right"));
    }

    private void gaRowsChanged() {
        gaRows.getChildren().clear();
        EventDetail e = vm.eventProperty().get();
        if (e == null) {
            return;
        }
        int row = 0;
        for (PurchaseViewModel.TierQuantity q : vm.ga()) {
            String code = q.tier().code();
            // the shared live stock bar, fed this tier's row only, with the tier's own stepper beside it
            StockCounters bar = new StockCounters(m, vm.stock().filtered(t -> t.tierCode().equals(code)), TierFacts.of(e));
            gaRows.add(bar, 0, row);
            gaRows.add(new StepperView(q.stepper(), q.tier().name(), m), 1, row);
            row++;
        }
    }

    private void cardScreen() {
        vm.lines().addListener((ListChangeListener<String>) c -> basketLines.getChildren().setAll(vm.lines().stream().map(line -> {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("kp-text");
            return (Node) l;
        }).toList()));
        basketTotal.textProperty().bind(text(() -> m.text("kiosk.purchase.total", m.money(vm.totalProperty().get(), vm.currency())),
                vm.totalProperty()));
        cardIcon.setGraphic(bigIcon("mdi2c-credit-card-wireless"));
        tapButton.setGraphic(icon("mdi2c-contactless-payment"));
        insertButton.setGraphic(icon("mdi2c-credit-card-chip-outline"));
        tapButton.setAccessibleText(m.text("kiosk.purchase.tapAccessible"));
        insertButton.setAccessibleText(m.text("kiosk.purchase.insertAccessible"));
        BooleanBinding card = step(PurchaseStep.CARD);
        tapButton.disableProperty().bind(card.not());
        insertButton.disableProperty().bind(card.not());
        for (SimulatedCard c : SimulatedCard.values()) {
            ToggleButton b = new ToggleButton(m.text("kiosk.purchase.card." + c.name(), c.last4()));
            b.setUserData(c);
            b.getStyleClass().add("kp-card-choice");
            b.setSelected(c == vm.cardProperty().get());
            cards.getButtons().add(b);
        }
        cards.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one card is always on the reader's side
            } else {
                vm.cardProperty().set((SimulatedCard) b.getUserData());
            }
        });
    }

    private void answerScreen() {
        answerIcon.graphicProperty().bind(Bindings.createObjectBinding(() -> bigIcon(switch (vm.stepProperty().get()) {
            case DECLINED -> "mdi2c-credit-card-remove";
            case NO_ANSWER -> "mdi2c-credit-card-clock-outline";
            default -> "mdi2a-alert-circle-outline";
        }), vm.stepProperty()));
        answerTitle.textProperty().bind(text(() -> switch (vm.stepProperty().get()) {
            case DECLINED -> m.text("kiosk.purchase.declinedTitle");
            case NO_ANSWER -> m.text("kiosk.purchase.noAnswerTitle");
            default -> m.text("kiosk.purchase.failedTitle");
        }, vm.stepProperty()));
        answerText.textProperty().bind(text(() -> switch (vm.stepProperty().get()) {
            case DECLINED -> m.text("kiosk.purchase.declinedText");
            case NO_ANSWER -> m.text("kiosk.purchase.noAnswerText");
            default -> vm.failureProperty().get();
        }, vm.stepProperty(), vm.failureProperty()));
        tryAgainButton.textProperty().bind(text(() -> m.text(vm.stepProperty().get() == PurchaseStep.DECLINED
                ? "kiosk.purchase.tryAnother" : "kiosk.purchase.tryAgain"), vm.stepProperty()));
        tryAgainButton.setGraphic(icon("mdi2r-refresh"));
    }

    private void ticketsScreen() {
        orderNo.textProperty().bind(text(() -> vm.orderProperty().get() == null ? ""
                : m.text("kiosk.purchase.orderNo", vm.orderProperty().get().orderNo()), vm.orderProperty()));
        printState.textProperty().bind(vm.printStateProperty());
        printState.setGraphic(icon("mdi2p-printer-outline"));
        vm.orderProperty().addListener((o, a, b) -> showTickets(b));
        backIn.textProperty().bind(text(() -> m.text("kiosk.purchase.backIn", vm.doneSecondsLeftProperty().get()), vm.doneSecondsLeftProperty()));
        doneButton.setText(m.text("kiosk.purchase.done"));
        doneButton.setGraphic(icon("mdi2c-check"));
        doneButton.accessibleTextProperty().bind(text(() -> m.text("kiosk.purchase.doneAccessible", vm.doneSecondsLeftProperty().get()),
                vm.doneSecondsLeftProperty()));
    }

    private void showTickets(OrderView order) {
        tickets.getChildren().setAll(order == null ? List.of() : order.tickets().stream()
                .sorted(java.util.Comparator.comparing(t -> t.seatLabel() == null ? "" : t.seatLabel()))
                .map(t -> (Node) new TicketTile(t, m)).toList());
    }

    private void overlays() {
        show(masker, step(PurchaseStep.PAYING).or(vm.holdingProperty()));
        masker.textProperty().bind(text(() -> m.text(vm.stepProperty().get() == PurchaseStep.PAYING
                ? "kiosk.purchase.paying" : "kiosk.purchase.holding"), vm.stepProperty()));
        show(warning, vm.warningShownProperty());
        warningIcon.setGraphic(bigIcon("mdi2t-timer-alert-outline"));
        warningText.textProperty().bind(text(() -> m.text("kiosk.purchase.warningText", vm.secondsLeftProperty().get()), vm.secondsLeftProperty()));
        warningNote.textProperty().bind(vm.warningNoteProperty());
        show(warningNote, vm.warningNoteProperty().isNotEmpty());
        show(extendButton, vm.canExtendProperty());
        extendButton.setGraphic(icon("mdi2t-timer-plus-outline"));
        dismissButton.textProperty().bind(text(() -> m.text(vm.canExtendProperty().get() ? "kiosk.purchase.dismiss" : "kiosk.purchase.ok"),
                vm.canExtendProperty()));
    }

    /** Across for a landscape kiosk, down for an upright one: the map keeps the larger part either way. */
    private void orient() {
        boolean portrait = root.getHeight() > root.getWidth();
        if (Boolean.valueOf(portrait).equals(portraitNow)) {
            return;
        }
        portraitNow = portrait;
        root.pseudoClassStateChanged(PORTRAIT, portrait);
        // out of the old place before into the new one: a node has one parent
        seatStep.setRight(null);
        seatStep.setBottom(null);
        cardStep.setLeft(null);
        cardStep.setTop(null);
        if (portrait) {
            seatStep.setBottom(side);
            cardStep.setTop(basketBox);
        } else {
            seatStep.setRight(side);
            cardStep.setLeft(basketBox);
        }
        side.setPrefWidth(portrait ? javafx.scene.layout.Region.USE_COMPUTED_SIZE : 620);
        basketBox.setPrefWidth(portrait ? javafx.scene.layout.Region.USE_COMPUTED_SIZE : 560);
        side.getChildren().clear();
        if (portrait) {
            side.add(notice, 0, 0, 2, 1);
            side.add(mapChoice, 0, 1);
            side.add(bestChoice, 1, 1);
            side.add(gaChoice, 0, 1, 2, 1);
        } else {
            side.add(notice, 0, 0);
            side.add(mapChoice, 0, 1);
            side.add(bestChoice, 0, 2);
            side.add(gaChoice, 0, 1);
        }
        side.getColumnConstraints().setAll(java.util.stream.Stream.generate(() -> {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(portrait ? 50 : 100);
            return c;
        }).limit(portrait ? 2 : 1).toList());
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void holdSelection() {
        vm.holdSelection();
    }

    @FXML
    private void clearSelection() {
        vm.selection().clear();
    }

    @FXML
    private void holdBest() {
        vm.holdBest();
    }

    @FXML
    private void holdGa() {
        vm.holdGa();
    }

    @FXML
    private void changeSeats() {
        vm.changeSeats();
    }

    @FXML
    private void pay() {
        vm.pay();
    }

    @FXML
    private void tryAgain() {
        vm.tryAgain();
    }

    @FXML
    private void done() {
        vm.done();
    }

    @FXML
    private void extend() {
        vm.extend();
    }

    @FXML
    private void dismissWarning() {
        vm.dismissWarning();
    }

    private String minutes() {
        return Integer.toString(vm.secondsLeftProperty().get() / 60);
    }

    private String seconds() {
        return String.format("%02d", vm.secondsLeftProperty().get() % 60);
    }

    private BooleanBinding step(PurchaseStep... any) {
        List<PurchaseStep> steps = List.of(any);
        return Bindings.createBooleanBinding(() -> steps.contains(vm.stepProperty().get()), vm.stepProperty());
    }

    private static StringBinding text(Callable<String> compute, Observable... on) {
        return Bindings.createStringBinding(compute, on);
    }

    /** Shown and laid out only while {@code when} holds. */
    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    static FontIcon icon(String code) {
        FontIcon i = new FontIcon(code);
        i.getStyleClass().add("kp-icon");
        return i;
    }

    private static FontIcon bigIcon(String code) {
        FontIcon i = new FontIcon(code);
        i.getStyleClass().add("kp-big-glyph");
        return i;
    }
}
