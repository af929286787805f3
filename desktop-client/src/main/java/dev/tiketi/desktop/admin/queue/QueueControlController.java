package dev.tiketi.desktop.admin.queue;

import dev.tiketi.desktop.admin.live.EventChoice;
import dev.tiketi.desktop.admin.live.Spans;
import dev.tiketi.desktop.admin.live.WhileShown;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.queue.QueueAdminView;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueWhatIf;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Binds queue control to its model. The numeric fields carry ControlsFX validation marks (the model's own checks,
 * so the marks and the Apply button never disagree); clearing the line asks first.
 */
final class QueueControlController {
    static final Duration EVERY = Duration.seconds(2);

    private final QueueControlViewModel vm;
    private final Messages m;
    @FXML private ComboBox<EventSummary> event;
    @FXML private Button clearButton;
    @FXML private ComboBox<QueueMode> mode;
    @FXML private TextField threshold;
    @FXML private TextField rate;
    @FXML private TextField idle;
    @FXML private TextField abandon;
    @FXML private Label formProblem;
    @FXML private Button previewButton;
    @FXML private Button applyButton;
    @FXML private VBox whatIfBox;
    @FXML private Label whatIfText;
    @FXML private Label waiting;
    @FXML private Label admitted;
    @FXML private Label rateNow;
    @FXML private Label oldest;
    @FXML private Label inForce;
    @FXML private StackPane chart;
    private ValidationSupport validation;

    QueueControlController(QueueControlViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @FXML
    void initialize() {
        EventChoice.bind(event, vm.picker(), m);
        mode.getItems().setAll(QueueMode.values());
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        mode.setButtonCell(modeCell());
        mode.setCellFactory(list -> modeCell());
        Map<SettingField, TextField> fields = Map.of(SettingField.THRESHOLD, threshold, SettingField.RATE, rate,
                SettingField.IDLE_TIMEOUT, idle, SettingField.ABANDON_TIMEOUT, abandon);
        validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        fields.forEach((f, field) -> {
            field.textProperty().bindBidirectional(vm.field(f));
            validation.registerValidator(field, false, (control, text) -> {
                String key = f.problem((String) text);
                return ValidationResult.fromErrorIf(control, key == null ? "" : m.text(key, f.min(), f.max()), key != null);
            });
        });
        formProblem.textProperty().bind(Bindings.createStringBinding(() -> vm.validProperty().get() ? ""
                : fields.entrySet().stream().filter(e -> e.getKey().problem(e.getValue().getText()) != null).findFirst()
                        .map(e -> m.text("queueControl.field." + e.getKey().name()) + ": "
                                + m.text(e.getKey().problem(e.getValue().getText()), e.getKey().min(), e.getKey().max())).orElse(""),
                vm.validProperty()));
        previewButton.disableProperty().bind(vm.validProperty().not().or(vm.busyProperty()).or(vm.picker().chosenProperty().isNull()));
        applyButton.disableProperty().bind(vm.canApplyProperty().not());
        clearButton.disableProperty().bind(vm.picker().chosenProperty().isNull().or(vm.busyProperty()));
        whatIfBox.visibleProperty().bind(vm.whatIfProperty().isNotNull());
        whatIfBox.managedProperty().bind(whatIfBox.visibleProperty());
        whatIfText.textProperty().bind(Bindings.createStringBinding(() -> whatIf(vm.whatIfProperty().get()), vm.whatIfProperty()));

        waiting.textProperty().bind(monitor(v -> m.text("queueControl.waiting", v.summary().waiting())));
        admitted.textProperty().bind(monitor(v -> m.text("queueControl.admitted", v.summary().admitted(), v.summary().threshold())));
        rateNow.textProperty().bind(monitor(v -> v.summary().admissionsPerMinute() == null ? m.text("queueControl.rateUnknown")
                : m.text("queueControl.rateNow", v.summary().admissionsPerMinute())));
        oldest.textProperty().bind(monitor(v -> v.oldestWaitSeconds() == null ? m.text("queueControl.oldestNone")
                : m.text("queueControl.oldest", Spans.of(v.oldestWaitSeconds()))));
        inForce.textProperty().bind(monitor(v -> m.text("queueControl.inForce", m.text("queueControl.mode." + v.settings().mode()),
                v.settings().threshold(), v.settings().admissionsPerMinute(), v.settings().idleTimeoutSeconds(),
                v.settings().abandonTimeoutSeconds())));
        chart.getChildren().setAll(new MonitorChart(vm, m).chart());
        WhileShown.every(chart, EVERY, vm::refresh);
    }

    private javafx.beans.binding.StringBinding monitor(java.util.function.Function<QueueAdminView, String> text) {
        return Bindings.createStringBinding(() -> vm.currentProperty().get() == null ? "" : text.apply(vm.currentProperty().get()),
                vm.currentProperty());
    }

    private ListCell<QueueMode> modeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(QueueMode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.text("queueControl.mode." + item));
            }
        };
    }

    private String whatIf(QueueWhatIf w) {
        if (w == null) {
            return "";
        }
        String rateText = m.text(w.measured() ? "queueControl.whatIf.measured" : "queueControl.whatIf.unmeasured",
                w.projectedPerMinute(), w.measuredPerMinute() == null ? 0 : w.measuredPerMinute());
        String drain = w.drainSeconds() == null ? m.text("queueControl.whatIf.noDrain", w.arrivalsPerMinute())
                : m.text("queueControl.whatIf.drain", Spans.of(w.drainSeconds()));
        return m.text("queueControl.whatIf.text", w.threshold(), w.admissionsPerMinute(), w.waiting(), Spans.of(w.lastInLineWaitSeconds()))
                + "\n" + rateText + "\n" + drain;
    }

    @FXML
    void preview() {
        vm.preview();
    }

    @FXML
    void apply() {
        vm.apply();
    }

    @FXML
    void clear() {
        QueueAdminView v = vm.currentProperty().get();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, m.text("queueControl.clear.text",
                v == null ? 0 : v.summary().waiting(), v == null ? 0 : v.summary().admitted()), ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(clearButton.getScene().getWindow());
        ask.setTitle(m.text("queueControl.clear"));
        ask.setHeaderText(m.text("queueControl.clear.header"));
        ask.getDialogPane().setId("clearConfirmation");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setText(m.text("queueControl.clear.confirm"));
        ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false); // Enter must not empty a line
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.clear());
    }
}
