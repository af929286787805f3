package dev.tiketi.desktop.admin.audit;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.admin.AuditEntryView;
import dev.tiketi.model.catalog.EventSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.table.TableFilter;

/** Binds the audit log to its view-model. */
public final class AuditController {
    private final AuditViewModel vm;
    private final Messages m;

    @FXML
    private TextField actor;
    @FXML
    private CheckComboBox<String> actions;
    @FXML
    private ComboBox<EventSummary> event;
    @FXML
    private TextField terminal;
    @FXML
    private DatePicker from;
    @FXML
    private DatePicker to;
    @FXML
    private TableView<AuditEntryView> table;
    @FXML
    private TableColumn<AuditEntryView, String> atColumn;
    @FXML
    private TableColumn<AuditEntryView, String> actorColumn;
    @FXML
    private TableColumn<AuditEntryView, String> terminalColumn;
    @FXML
    private TableColumn<AuditEntryView, String> actionColumn;
    @FXML
    private TableColumn<AuditEntryView, String> eventColumn;
    @FXML
    private TableColumn<AuditEntryView, String> detailsColumn;
    @FXML
    private TextArea details;
    @FXML
    private Button previous;
    @FXML
    private Button next;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;

    public AuditController(AuditViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    private void initialize() {
        actor.textProperty().bindBidirectional(vm.actorProperty());
        terminal.textProperty().bindBidirectional(vm.terminalProperty());
        actor.setOnAction(e -> vm.search());
        terminal.setOnAction(e -> vm.search());

        actions.getItems().setAll(AuditActions.ALL);
        actions.setConverter(converter(a -> AuditActions.text(m, a)));
        actions.setTitle(m.text("audit.allActions"));
        actions.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            List<String> checked = List.copyOf(actions.getCheckModel().getCheckedItems());
            vm.actions().setAll(checked);
            actions.setTitle(checked.isEmpty() ? m.text("audit.allActions") : null);
        });

        ObservableList<EventSummary> eventItems = FXCollections.observableArrayList();
        Runnable fill = () -> {
            EventSummary chosen = vm.eventProperty().get();
            eventItems.setAll(vm.events());
            eventItems.add(0, null);
            event.setValue(chosen);
        };
        vm.events().addListener((ListChangeListener<EventSummary>) c -> fill.run());
        fill.run();
        event.setItems(eventItems);
        Function<EventSummary, String> name = e -> e == null ? m.text("reports.allEvents") : e.name();
        event.setButtonCell(new Cell<>(name));
        event.setCellFactory(l -> new Cell<>(name));
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

        atColumn.setCellValueFactory(c -> text(m.dateTime(c.getValue().at())));
        actorColumn.setCellValueFactory(c -> text(c.getValue().actorName() == null ? m.text("audit.system") : c.getValue().actorName()));
        terminalColumn.setCellValueFactory(c -> text(c.getValue().terminal() == null ? "" : c.getValue().terminal()));
        actionColumn.setCellValueFactory(c -> text(AuditActions.text(m, c.getValue().action())));
        eventColumn.setCellValueFactory(c -> text(vm.eventName(c.getValue().eventId())));
        detailsColumn.setCellValueFactory(c -> text(vm.summary(c.getValue())));
        // the newest first, as the server sends them: a sort on "when" would sort the localised text
        atColumn.setSortable(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(vm.entries());
        TableFilter.forTableView(table).lazy(true).apply();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        details.textProperty().bind(vm.detailsProperty());

        previous.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        next.disableProperty().bind(vm.pageProperty().add(1).greaterThanOrEqualTo(vm.pagesProperty()));
        busy.visibleProperty().bind(vm.busyProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), b));
    }

    @FXML
    private void search() {
        vm.search();
    }

    @FXML
    private void previous() {
        vm.previous();
    }

    @FXML
    private void next() {
        vm.next();
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
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
    private static final class Cell<T> extends ListCell<T> {
        private final Function<T, String> text;

        Cell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(text.apply(item));
        }
    }
}
