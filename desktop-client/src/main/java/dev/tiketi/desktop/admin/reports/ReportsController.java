package dev.tiketi.desktop.admin.reports;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.sales.Channel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Binds the reports section to its view-model; the file chooser is handed in so tests can name the file. */
public final class ReportsController {
    private final ReportsViewModel vm;
    private final Messages m;
    private final ExportTarget target;

    @FXML
    private ComboBox<ReportKind> kind;
    @FXML
    private ComboBox<EventSummary> event;
    @FXML
    private DatePicker from;
    @FXML
    private DatePicker to;
    @FXML
    private Label fromLabel;
    @FXML
    private VBox toBox;
    @FXML
    private VBox channelBox;
    @FXML
    private VBox tierBox;
    @FXML
    private CheckComboBox<Channel> channels;
    @FXML
    private ComboBox<TierView> tier;
    @FXML
    private Button exportCsv;
    @FXML
    private Button exportPdf;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label notes;
    @FXML
    private StackPane content;
    @FXML
    private Label message;

    /** Where an export goes: a file the admin chose, or none (cancelled). */
    @FunctionalInterface
    public interface ExportTarget {
        Optional<Path> choose(javafx.stage.Window owner, String suggestedName, String extension);
    }

    public ReportsController(ReportsViewModel vm, Messages m, ExportTarget target) {
        this.vm = vm;
        this.m = m;
        this.target = target;
    }

    @FXML
    private void initialize() {
        kind.getItems().setAll(ReportKind.values());
        kind.setConverter(converter(k -> vm.tables().title(k)));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        // "every event" is the null item at the top of the list
        ObservableList<EventSummary> eventItems = FXCollections.observableArrayList();
        Runnable fillEvents = () -> {
            EventSummary chosen = vm.eventProperty().get();
            eventItems.setAll(vm.events());
            eventItems.add(0, null);
            event.setValue(chosen);
        };
        vm.events().addListener((ListChangeListener<EventSummary>) c -> fillEvents.run());
        fillEvents.run();
        event.setItems(eventItems);
        event.setConverter(converter(e -> e == null ? m.text("reports.allEvents") : e.name()));
        event.setButtonCell(new NullableCell<>(e -> e == null ? m.text("reports.allEvents") : e.name()));
        event.setCellFactory(l -> new NullableCell<>(e -> e == null ? m.text("reports.allEvents") : e.name()));
        event.valueProperty().bindBidirectional(vm.eventProperty());

        StringConverter<LocalDate> days = new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : m.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return m.parseDate(s);
            }
        };
        from.setConverter(days);
        to.setConverter(days);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());

        channels.getItems().setAll(Channel.values());
        channels.setConverter(converter(c -> vm.tables().channel(c)));
        channels.getCheckModel().getCheckedItems().addListener((ListChangeListener<Channel>) c -> {
            List<Channel> checked = List.copyOf(channels.getCheckModel().getCheckedItems());
            vm.channels().setAll(checked);
            channels.setTitle(checked.isEmpty() ? m.text("reports.allChannels") : null);
        });
        channels.setTitle(m.text("reports.allChannels"));

        ObservableList<TierView> tierItems = FXCollections.observableArrayList();
        vm.tiers().addListener((ListChangeListener<TierView>) c -> {
            tierItems.setAll(vm.tiers());
            tierItems.add(0, null);
        });
        tier.setItems(tierItems);
        tier.setButtonCell(new NullableCell<>(t -> t == null ? m.text("reports.allTiers") : t.name()));
        tier.setCellFactory(l -> new NullableCell<>(t -> t == null ? m.text("reports.allTiers") : t.name()));
        tier.valueProperty().bindBidirectional(vm.tierProperty());
        tier.disableProperty().bind(vm.eventProperty().isNull());

        vm.kindProperty().addListener((o, a, b) -> kindChanged(b));
        kindChanged(vm.kindProperty().get());

        busy.visibleProperty().bind(vm.busyProperty());
        exportCsv.disableProperty().bind(vm.tableProperty().isNull());
        exportPdf.disableProperty().bind(vm.tableProperty().isNull());
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), b));
        vm.tableProperty().addListener((o, a, t) -> {
            content.getChildren().setAll(ReportTableView.of(t));
            notes.setText(String.join(" · ", t.notes()));
        });
    }

    private void kindChanged(ReportKind k) {
        show(toBox, !k.singleDay());
        show(channelBox, k.ticketFilters());
        show(tierBox, k.ticketFilters());
        fromLabel.setText(m.text(k.singleDay() ? "reports.day" : "reports.from"));
    }

    private static void show(VBox box, boolean visible) {
        box.setVisible(visible);
        box.setManaged(visible);
    }

    @FXML
    private void exportCsv() {
        target.choose(exportCsv.getScene().getWindow(), vm.suggestedName("csv"), "csv").ifPresent(vm::exportCsv);
    }

    @FXML
    private void exportPdf() {
        target.choose(exportPdf.getScene().getWindow(), vm.suggestedName("pdf"), "pdf").ifPresent(vm::exportPdf);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A list cell whose null item has a name ("every event"). */
    static final class NullableCell<T> extends javafx.scene.control.ListCell<T> {
        private final Function<T, String> text;

        NullableCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            // a ComboBox hands its button cell a null value as "empty": that is the named null item too
            setText(text.apply(item));
        }
    }
}
