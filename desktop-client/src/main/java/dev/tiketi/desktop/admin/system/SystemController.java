package dev.tiketi.desktop.admin.system;

import dev.tiketi.desktop.admin.live.TimeAxis;
import dev.tiketi.desktop.admin.live.WhileShown;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.admin.SystemFigures;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/** Binds the system panel to its model and reads the figures every three seconds while it is on screen. */
final class SystemController {
    static final Duration EVERY = Duration.seconds(3);

    private final SystemViewModel vm;
    private final Messages m;
    @FXML private Label state;
    @FXML private Label sessions;
    @FXML private Label holds;
    @FXML private Label orders;
    @FXML private Label tickets;
    @FXML private Label redis;
    @FXML private ProgressBar redisBar;
    @FXML private StackPane chart;
    @FXML private TableView<SystemViewModel.QueueRow> queues;
    private NumberAxis time;
    private LineChart<Number, Number> perMinute;

    SystemController(SystemViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    void initialize() {
        state.textProperty().bind(Bindings.createStringBinding(() -> vm.figuresProperty().get() == null ? ""
                : vm.reachableProperty().get() ? m.text("system.at", m.time(vm.figuresProperty().get().at()))
                : m.text("system.unreachable"), vm.figuresProperty(), vm.reachableProperty()));
        sessions.textProperty().bind(figure(f -> m.text("system.sessions", f.liveSessions())));
        holds.textProperty().bind(figure(f -> m.text("system.holds", f.holdsLastMinute())));
        orders.textProperty().bind(figure(f -> m.text("system.orders", f.ordersLastMinute())));
        tickets.textProperty().bind(figure(f -> m.text("system.tickets", f.ticketsLastMinute())));
        redis.textProperty().bind(figure(f -> f.redisMaxMemoryBytes() <= 0
                ? m.text("system.redisNoLimit", SystemViewModel.megabytes(f.redisUsedMemoryBytes()))
                : m.text("system.redis", SystemViewModel.megabytes(f.redisUsedMemoryBytes()), SystemViewModel.megabytes(f.redisMaxMemoryBytes()))));
        redisBar.progressProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, SystemViewModel.memoryShare(vm.figuresProperty().get())),
                vm.figuresProperty()));
        redisBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> SystemViewModel.memoryShare(vm.figuresProperty().get()) >= 0,
                vm.figuresProperty()));

        time = TimeAxis.create(m);
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        perMinute = new LineChart<>(time, count);
        perMinute.setId("systemChart");
        perMinute.setTitle(m.text("system.chart"));
        perMinute.setAnimated(false);
        chart.getChildren().setAll(perMinute);
        vm.history().addListener((ListChangeListener<SystemFigures>) c -> redraw());

        queues.setItems(vm.queues());
        queues.setPlaceholder(new Label(m.text("system.noQueues")));
        queues.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        queues.getColumns().setAll(List.of(
                column("system.col.event", SystemViewModel.QueueRow::event),
                column("system.col.waiting", r -> Long.toString(r.figures().waiting())),
                column("system.col.admitted", r -> Long.toString(r.figures().admitted())),
                column("system.col.rate", r -> r.figures().admissionsPerMinute() == null ? "—"
                        : m.text("system.rate", r.figures().admissionsPerMinute()))));
        WhileShown.every(queues, EVERY, vm::refresh);
    }

    private javafx.beans.binding.StringBinding figure(Function<SystemFigures, String> text) {
        return Bindings.createStringBinding(() -> vm.figuresProperty().get() == null ? "" : text.apply(vm.figuresProperty().get()),
                vm.figuresProperty());
    }

    private TableColumn<SystemViewModel.QueueRow, String> column(String key, Function<SystemViewModel.QueueRow, String> text) {
        TableColumn<SystemViewModel.QueueRow, String> c = new TableColumn<>(m.text(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }

    private void redraw() {
        List<SystemFigures> points = vm.history();
        perMinute.getData().setAll(List.of(
                series("system.series.holds", points, SystemFigures::holdsLastMinute),
                series("system.series.orders", points, SystemFigures::ordersLastMinute),
                series("system.series.tickets", points, SystemFigures::ticketsLastMinute)));
        if (!points.isEmpty()) {
            TimeAxis.span(time, points.get(0).at().getEpochSecond(), points.get(points.size() - 1).at().getEpochSecond());
        }
    }

    private XYChart.Series<Number, Number> series(String key, List<SystemFigures> points, ToLongFunction<SystemFigures> value) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(m.text(key));
        points.forEach(p -> s.getData().add(new XYChart.Data<>(p.at().getEpochSecond(), value.applyAsLong(p))));
        return s;
    }
}
