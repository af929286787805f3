package dev.tiketi.desktop.cashup;

import dev.tiketi.desktop.shell.ShortcutRegistry;
import dev.tiketi.desktop.shell.Shortcuts;
import dev.tiketi.desktop.ui.Messages;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** Binds the cash-up screen to its view-model and wires its keys. */
public final class CashUpController {
    private final CashUpViewModel vm;
    private final Path printFolder;
    private final Messages m;

    @FXML
    private TextField counted;
    @FXML
    private Button closeButton;
    @FXML
    private Button saveButton;
    @FXML
    private TextArea report;
    @FXML
    private Label message;
    @FXML
    private CheckBox byPieces;
    @FXML
    private HBox piecesPane;
    @FXML
    private GridPane notes;
    @FXML
    private GridPane coins;
    private CashCountPane count;

    public CashUpController(CashUpViewModel vm, Path printFolder, Messages m) {
        this.vm = vm;
        this.printFolder = printFolder;
        this.m = m;
    }

    @FXML
    private void initialize() {
        counted.textProperty().bindBidirectional(vm.countedProperty());
        counted.setOnAction(e -> vm.close());
        counted.disableProperty().bind(vm.drawerProperty().isNull());
        counted.editableProperty().bind(vm.byPiecesProperty().not()); // the count's total: read, not typed (nor greyed out)
        // the count is usable once the open drawer is known: put the cursor there
        vm.drawerProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(this::focusCount);
            }
        });
        count = new CashCountPane(vm, m, notes, coins, closeButton);
        byPieces.selectedProperty().bindBidirectional(vm.byPiecesProperty());
        byPieces.disableProperty().bind(vm.drawerProperty().isNull());
        byPieces.setVisible(vm.count().denominations().countable()); // a currency without a list is counted as a total
        byPieces.managedProperty().bind(byPieces.visibleProperty());
        piecesPane.visibleProperty().bind(vm.byPiecesProperty().and(byPieces.visibleProperty()));
        piecesPane.managedProperty().bind(piecesPane.visibleProperty());
        piecesPane.disableProperty().bind(vm.drawerProperty().isNull());
        vm.byPiecesProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::focusCount));
        closeButton.disableProperty().bind(vm.drawerProperty().isNull());
        saveButton.disableProperty().bind(vm.reportProperty().isNull());
        closeButton.setTooltip(new Tooltip(ShortcutRegistry.text(m, Shortcuts.CLOSE_DRAWER)));
        saveButton.setTooltip(new Tooltip(ShortcutRegistry.text(m, Shortcuts.REPRINT)));
        report.textProperty().bind(vm.reportTextProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), b));
    }

    /** The Cash-up tab's keys; Ctrl+P saves the report here as it reprints on the Orders tab: "print this". */
    public void keys(ShortcutRegistry keys, BooleanSupplier active) {
        keys.on(Shortcuts.CLOSE_DRAWER, active, this::close);
        keys.on(Shortcuts.REPRINT, active, () -> vm.save(printFolder));
    }

    /** Called when the tab opens: fresh numbers, and the keyboard at the count. */
    public void opened() {
        vm.refresh();
        javafx.application.Platform.runLater(this::focusCount);
    }

    private void focusCount() {
        (vm.byPiecesProperty().get() ? count.first() : counted).requestFocus();
    }

    /** A count that does not match asks first: a variance is kept for good once the drawer is closed. */
    @FXML
    private void close() {
        java.util.Optional<String> variance = vm.variance();
        if (variance.isPresent()) {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    m.text("cashup.varianceAsk", variance.get()), javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            ask.initOwner(closeButton.getScene().getWindow());
            ask.setHeaderText(null);
            ask.getDialogPane().setId("varianceConfirmation");
            if (ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isEmpty()) {
                return;
            }
        }
        vm.close();
    }

    @FXML
    private void save() {
        vm.save(printFolder);
    }
}
