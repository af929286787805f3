package dev.tiketi.desktop.admin.events;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.admin.CancelChoice;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Cancelling an event: the summary of what it touches first, then refund every order or flag them, and a reason.
 * The confirm button stays off until a choice is made: there is no default for what happens to people's money.
 */
final class CancelDialog {
    record Answer(CancelChoice choice, String reason) {
    }

    private CancelDialog() {
    }

    static Optional<Answer> ask(Window owner, Messages m, String eventName, List<String> summary) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.text("admin.cancel.title"));
        dialog.setHeaderText(m.text("admin.cancel.header", eventName));
        VBox box = new VBox(8);
        box.setId("cancelSummary");
        for (String line : summary) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.setMaxWidth(460);
            box.getChildren().add(l);
        }
        ToggleGroup choice = new ToggleGroup();
        RadioButton refund = option(m.text("admin.cancel.refundAll"), "cancelRefundAll", CancelChoice.REFUND_ALL, choice);
        RadioButton flag = option(m.text("admin.cancel.flag"), "cancelFlag", CancelChoice.FLAG_FOR_FOLLOW_UP, choice);
        TextField reason = new TextField();
        reason.setId("cancelReason");
        reason.setPromptText(m.text("admin.cancel.reason"));
        box.getChildren().addAll(refund, flag, reason);
        dialog.getDialogPane().setContent(box);
        ButtonType confirm = new ButtonType(m.text("admin.cancel.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(confirm);
        ok.setId("cancelConfirm");
        ok.disableProperty().bind(choice.selectedToggleProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> reason.getText().length() > 200, reason.textProperty())));
        return dialog.showAndWait().filter(confirm::equals)
                .map(b -> new Answer((CancelChoice) choice.getSelectedToggle().getUserData(), reason.getText()));
    }

    private static RadioButton option(String text, String id, CancelChoice value, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setUserData(value);
        b.setToggleGroup(group);
        return b;
    }
}
