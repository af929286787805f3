package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.desktop.admin.live.TimeAxis;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.TierView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * Tickets and revenue over time, one line per channel or tier: redrawn from the model's points whenever one comes
 * in or the split changes (a few hundred points at most, so redrawing is cheaper than keeping series in step).
 */
final class SalesCharts {
    private static final int MOST_DOTS = 30;
    private final DashboardViewModel vm;
    private final Messages m;
    private final NumberAxis ticketsTime;
    private final NumberAxis revenueTime;
    private final LineChart<Number, Number> tickets;
    private final LineChart<Number, Number> revenue;

    SalesCharts(DashboardViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ticketsTime = TimeAxis.create(m);
        revenueTime = TimeAxis.create(m);
        NumberAxis count = new NumberAxis();
        count.setForceZeroInRange(true);
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number tickets) {
                // a few tickets get ticks every half: no such thing as half a ticket
                return tickets.doubleValue() == Math.rint(tickets.doubleValue()) ? Long.toString(tickets.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis money = new NumberAxis();
        money.setForceZeroInRange(true);
        money.setMinorTickVisible(false);
        money.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number amount) {
                return m.money(amount.longValue(), currency());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        tickets = chart(ticketsTime, count, "dashboard.chart.tickets", "salesTicketsChart");
        revenue = chart(revenueTime, money, "dashboard.chart.revenue", "salesRevenueChart");
        vm.samples().addListener((ListChangeListener<SalesSample>) c -> redraw());
        vm.live().eventProperty().addListener((o, a, b) -> redraw());
    }

    LineChart<Number, Number> tickets() {
        return tickets;
    }

    LineChart<Number, Number> revenue() {
        return revenue;
    }

    private LineChart<Number, Number> chart(NumberAxis x, NumberAxis y, String title, String id) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(m.text(title));
        chart.setId(id);
        chart.setAnimated(false); // points arrive once a second: an animation would never settle
        chart.setCreateSymbols(true); // the first point of a line is a dot, not nothing (off for a long history: see redraw)
        chart.setMinWidth(200);
        chart.setPrefHeight(240);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private void redraw() {
        List<SalesSample> samples = vm.samples();
        // a few points need their dots to be seen; a history of a hundred is a line, and dots would hide it
        boolean dots = samples.size() <= MOST_DOTS;
        tickets.setCreateSymbols(dots);
        revenue.setCreateSymbols(dots);
        fill(tickets, samples, SalesSample::soldBy);
        fill(revenue, samples, SalesSample::revenueBy);
        if (!samples.isEmpty()) {
            long first = samples.get(0).at().getEpochSecond();
            long last = samples.get(samples.size() - 1).at().getEpochSecond();
            TimeAxis.span(ticketsTime, first, last);
            TimeAxis.span(revenueTime, first, last);
        }
    }

    private void fill(LineChart<Number, Number> chart, List<SalesSample> samples, Function<SalesSample, Map<String, ? extends Number>> of) {
        TreeSet<String> keys = new TreeSet<>(order());
        samples.forEach(s -> keys.addAll(of.apply(s).keySet()));
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (String key : keys) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(name(key));
            for (SalesSample s : samples) {
                Number value = of.apply(s).get(key);
                line.getData().add(new XYChart.Data<>(s.at().getEpochSecond(), value == null ? 0 : value));
            }
            series.add(line);
        }
        chart.getData().setAll(series);
    }

    /** Channels by name; tiers as the event lists them (dearest first, usually), unknown ones after. */
    private Comparator<String> order() {
        EventDetail e = vm.live().eventProperty().get();
        if (vm.breakdownProperty().get() == SalesSample.Breakdown.CHANNEL || e == null) {
            return Comparator.naturalOrder();
        }
        List<String> tiers = e.tiers().stream().map(TierView::code).toList();
        return Comparator.<String>comparingInt(k -> tiers.indexOf(k) < 0 ? Integer.MAX_VALUE : tiers.indexOf(k)).thenComparing(k -> k);
    }

    private String name(String key) {
        if (vm.breakdownProperty().get() == SalesSample.Breakdown.CHANNEL) {
            return m.text("dashboard.channel." + key);
        }
        return vm.live().tier(key).map(TierView::name).orElse(key);
    }

    private String currency() {
        EventDetail e = vm.live().eventProperty().get();
        return e == null ? dev.tiketi.model.common.HouseCurrency.CURRENCY.getCurrencyCode() : e.currency();
    }
}
