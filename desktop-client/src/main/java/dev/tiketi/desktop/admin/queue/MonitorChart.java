package dev.tiketi.desktop.admin.queue;

import dev.tiketi.desktop.admin.live.TimeAxis;
import dev.tiketi.desktop.ui.Messages;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** The line over time: waiting, admitted and the admission rate, redrawn with every read of the monitor. */
final class MonitorChart {
    private final QueueControlViewModel vm;
    private final Messages m;
    private final NumberAxis time;
    private final LineChart<Number, Number> chart;

    MonitorChart(QueueControlViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        time = TimeAxis.create(m);
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        chart = new LineChart<>(time, count);
        chart.setId("queueChart");
        chart.setTitle(m.text("queueControl.chart"));
        chart.setAnimated(false);
        chart.setCreateSymbols(true); // the first reads are dots, not nothing
        vm.history().addListener((ListChangeListener<QueueControlViewModel.Sample>) c -> redraw());
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    private void redraw() {
        List<QueueControlViewModel.Sample> points = vm.history();
        chart.getData().setAll(List.of(
                series("queueControl.series.waiting", points, QueueControlViewModel.Sample::waiting),
                series("queueControl.series.admitted", points, QueueControlViewModel.Sample::admitted),
                series("queueControl.series.rate", points, s -> s.admissionsPerMinute() == null ? 0 : s.admissionsPerMinute())));
        if (!points.isEmpty()) {
            TimeAxis.span(time, points.get(0).at().getEpochSecond(), points.get(points.size() - 1).at().getEpochSecond());
        }
    }

    private XYChart.Series<Number, Number> series(String key, List<QueueControlViewModel.Sample> points,
                                                  ToDoubleFunction<QueueControlViewModel.Sample> value) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(m.text(key));
        points.forEach(p -> s.getData().add(new XYChart.Data<>(p.at().getEpochSecond(), value.applyAsDouble(p))));
        return s;
    }
}
