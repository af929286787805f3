package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.desktop.admin.live.EventChoice;
import dev.tiketi.desktop.admin.live.WhileShown;
import dev.tiketi.desktop.stock.StockCounters;
import dev.tiketi.desktop.stock.TierFacts;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.live.PresenceUpdate;
import dev.tiketi.model.live.SalesFigures;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/** Binds the dashboard's view to its model; the charts and the release dialog are in their own classes. */
final class DashboardController {
    private final DashboardViewModel vm;
    private final Messages m;
    private final ReleaseDialog release;
    @FXML private ComboBox<EventSummary> event;
    @FXML private Label presence;
    @FXML private Label liveState;
    @FXML private Label sold;
    @FXML private Label revenue;
    @FXML private Label held;
    @FXML private Label available;
    @FXML private StackPane stock;
    @FXML private ToggleButton byChannel;
    @FXML private ToggleButton byTier;
    @FXML private HBox charts;
    @FXML private Label holdsTitle;
    @FXML private TableView<HoldRow> holds;

    DashboardController(DashboardViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        this.release = new ReleaseDialog(m);
    }

    @FXML
    void initialize() {
        EventChoice.bind(event, vm.picker(), m);
        // empty axes over an arbitrary minute say nothing: the charts appear with the first figures
        charts.visibleProperty().bind(vm.figuresProperty().isNotNull());
        presence.textProperty().bind(Bindings.createStringBinding(() -> {
            PresenceUpdate p = vm.live().presenceProperty().get();
            return p == null ? "" : m.text("dashboard.presence", p.terminals(), p.viewers());
        }, vm.live().presenceProperty()));
        liveState.textProperty().bind(Bindings.createStringBinding(() -> vm.figuresProperty().get() == null ? ""
                : m.text(vm.salesLiveProperty().get() ? "live.connected" : "live.polling"), vm.figuresProperty(), vm.salesLiveProperty()));
        sold.textProperty().bind(Bindings.createStringBinding(() -> {
            SalesFigures f = vm.figuresProperty().get();
            return m.text("dashboard.sold", f == null ? 0 : f.sold());
        }, vm.figuresProperty()));
        revenue.textProperty().bind(Bindings.createStringBinding(() -> {
            SalesFigures f = vm.figuresProperty().get();
            return m.text("dashboard.revenue", m.money(f == null ? 0 : f.revenue(), currency()));
        }, vm.figuresProperty(), vm.live().eventProperty()));
        held.textProperty().bind(Bindings.createStringBinding(() -> {
            SalesFigures f = vm.figuresProperty().get();
            return f == null || f.holdCount() == 0 ? m.text("dashboard.heldNone") : m.text("dashboard.held", f.held(), f.holdCount());
        }, vm.figuresProperty()));
        available.textProperty().bind(Bindings.createStringBinding(() -> m.text("dashboard.available",
                vm.live().stock().stream().mapToInt(TierAvailability::available).sum()), vm.live().stock()));
        vm.live().eventProperty().addListener((o, a, b) -> showStock(b));

        ToggleGroup split = new ToggleGroup();
        byChannel.setToggleGroup(split);
        byTier.setToggleGroup(split);
        split.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one of the two is always chosen
            } else {
                vm.breakdownProperty().set(b == byTier ? SalesSample.Breakdown.TIER : SalesSample.Breakdown.CHANNEL);
            }
        });
        SalesCharts salesCharts = new SalesCharts(vm, m);
        charts.getChildren().setAll(salesCharts.tickets(), salesCharts.revenue());

        holdsTitle.textProperty().bind(Bindings.createStringBinding(() -> m.text("dashboard.holds", vm.holds().size()), vm.holds()));
        holds.setItems(vm.holds());
        holds.setPlaceholder(new Label(m.text("dashboard.noHolds")));
        holds.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        holds.getColumns().setAll(java.util.List.of(
                column("dashboard.col.terminal", r -> r.hold().terminal() == null ? m.text("dashboard.online") : r.hold().terminal()),
                column("dashboard.col.items", r -> Integer.toString(r.hold().items())),
                column("dashboard.col.total", r -> m.money(r.hold().total(), currency())),
                column("dashboard.col.expires", r -> m.time(r.hold().expiresAt())),
                countdownColumn(),
                column("dashboard.col.state", r -> r.hold().beingPaid() ? m.text("dashboard.beingPaid") : ""),
                releaseColumn()));
        WhileShown.every(holds, Duration.seconds(1), vm::tick);
    }

    private String currency() {
        EventDetail e = vm.live().eventProperty().get();
        return e == null ? dev.tiketi.model.common.HouseCurrency.CURRENCY.getCurrencyCode() : e.currency();
    }

    private void showStock(EventDetail detail) {
        stock.getChildren().setAll(detail == null ? java.util.List.of()
                : java.util.List.of(new StockCounters(m, vm.live().stock(), TierFacts.of(detail))));
    }

    private TableColumn<HoldRow, String> column(String key, java.util.function.Function<HoldRow, String> text) {
        TableColumn<HoldRow, String> c = new TableColumn<>(m.text(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** The time left, moving every second with the model's clock (no server call). */
    private TableColumn<HoldRow, String> countdownColumn() {
        TableColumn<HoldRow, String> c = new TableColumn<>(m.text("dashboard.col.left"));
        c.setCellValueFactory(d -> Bindings.createStringBinding(
                () -> HoldRow.countdown(d.getValue().left(vm.nowProperty().get())), vm.nowProperty()));
        c.setSortable(false);
        c.setId("countdown");
        return c;
    }

    private TableColumn<HoldRow, HoldRow> releaseColumn() {
        TableColumn<HoldRow, HoldRow> c = new TableColumn<>("");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setSortable(false);
        c.setMinWidth(120);
        c.setCellFactory(col -> new TableCell<>() {
            private final Button button = new Button(m.text("dashboard.release"));

            {
                button.getStyleClass().add("danger");
                button.setOnAction(e -> {
                    HoldRow row = getItem();
                    if (row != null) {
                        release.ask(holds.getScene().getWindow(), row, vm.nowProperty().get()).ifPresent(reason -> vm.forceRelease(row, reason));
                    }
                });
            }

            @Override
            protected void updateItem(HoldRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : button);
                button.setId(empty || row == null ? null : "release-" + row.holdId());
            }
        });
        return c;
    }
}
