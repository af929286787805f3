package dev.tiketi.desktop.admin.reports;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.table.TableFilter;

/**
 * A {@link ReportTable} on screen: each part a table with ControlsFX's {@link TableFilter} (right-click a
 * heading to narrow the rows by that column's values) and under it a one-row table of totals that keeps the
 * columns' widths. The totals are the report's (the server's sums), not of the rows a column filter leaves.
 */
final class ReportTableView {
    private ReportTableView() {
    }

    static Node of(ReportTable report) {
        if (report.parts().size() == 1) {
            return part(report.parts().get(0), "reportTable");
        }
        TabPane tabs = new TabPane();
        tabs.setId("reportParts");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (int i = 0; i < report.parts().size(); i++) {
            ReportTable.Part p = report.parts().get(i);
            Tab tab = new Tab(p.title(), part(p, i == 0 ? "reportTable" : "reportTable" + i));
            tabs.getTabs().add(tab);
        }
        return tabs;
    }

    private static Node part(ReportTable.Part part, String id) {
        TableView<List<String>> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableView<List<String>> totals = new TableView<>();
        totals.setId(id + "Totals");
        totals.getStyleClass().add("totals");
        totals.setFocusTraversable(false);
        for (int i = 0; i < part.columns().size(); i++) {
            ReportTable.Column c = part.columns().get(i);
            TableColumn<List<String>, String> column = column(c, i);
            table.getColumns().add(column);
            TableColumn<List<String>, String> sum = column(c, i);
            sum.setSortable(false);
            sum.prefWidthProperty().bind(column.widthProperty());
            totals.getColumns().add(sum);
        }
        table.setItems(FXCollections.observableArrayList(part.rows()));
        TableFilter.forTableView(table).lazy(true).apply();
        if (!part.totals().isEmpty()) {
            totals.setItems(FXCollections.observableArrayList(List.of(part.totals())));
        }
        totals.setFixedCellSize(28);
        totals.setPrefHeight(32);
        totals.setMinHeight(32);
        totals.setMaxHeight(32);
        totals.setVisible(!part.totals().isEmpty());
        totals.setManaged(totals.isVisible());
        VBox box = new VBox(table, totals);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** "₩1,234,000", "-₩500", "12": sorted by value, not as text ("—" and the like first). */
    static long number(String cell) {
        String digits = cell.replaceAll("[^0-9-]", "");
        try {
            return digits.isEmpty() ? Long.MIN_VALUE : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private static TableColumn<List<String>, String> column(ReportTable.Column c, int index) {
        TableColumn<List<String>, String> column = new TableColumn<>(c.heading());
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
        if (c.numeric()) {
            column.getStyleClass().add("numeric");
            column.setComparator(java.util.Comparator.comparingLong(ReportTableView::number));
        }
        return column;
    }
}
