package dev.tiketi.desktop.cashup;

import dev.tiketi.desktop.counter.Shortcuts;
import dev.tiketi.desktop.ui.Messages;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

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
        // the count field is usable once the open drawer is known: put the cursor there
        vm.drawerProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(counted::requestFocus);
            }
        });
        closeButton.disableProperty().bind(vm.drawerProperty().isNull());
        saveButton.disableProperty().bind(vm.reportProperty().isNull());
        closeButton.setTooltip(new Tooltip(m.text(Shortcuts.CLOSE_DRAWER.textKey()) + "  (" + Shortcuts.CLOSE_DRAWER.keyName() + ")"));
        saveButton.setTooltip(new Tooltip(m.text(Shortcuts.REPRINT.textKey()) + "  (" + Shortcuts.REPRINT.keyName() + ")"));
        report.textProperty().bind(vm.reportTextProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), b));
    }

    public void installShortcuts(Scene scene, BooleanSupplier active) {
        scene.getAccelerators().put(Shortcuts.CLOSE_DRAWER.combination(), () -> {
            if (active.getAsBoolean()) {
                vm.close();
            }
        });
        // Ctrl+P saves the report here and reprints tickets on the orders tab: one key, "print this"
        scene.getAccelerators().merge(Shortcuts.REPRINT.combination(), () -> {
            if (active.getAsBoolean()) {
                vm.save(printFolder);
            }
        }, (existing, mine) -> () -> {
            existing.run();
            mine.run();
        });
    }

    /** Called when the tab opens: fresh numbers, and the keyboard at the count. */
    public void opened() {
        vm.refresh();
        javafx.application.Platform.runLater(counted::requestFocus);
    }

    @FXML
    private void close() {
        vm.close();
    }

    @FXML
    private void save() {
        vm.save(printFolder);
    }
}
