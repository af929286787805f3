package dev.tiketi.desktop.orders;

import dev.tiketi.desktop.ui.Messages;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Refund 2 tickets (ORC-C-12, ORC-C-13), 300,000 won, to card … 4242?" with a reason field. A refund moves
 * money: one keypress must never do it unasked. Cancel is the default button, so Enter alone does nothing.
 */
final class RefundConfirmation {
    record Confirmed(OrdersViewModel.RefundPlan plan, String reason) {
    }

    private RefundConfirmation() {
    }

    static Optional<Confirmed> ask(Messages m, Window owner, OrdersViewModel.RefundPlan plan) {
        Dialog<Confirmed> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.text("refund.title"));
        dialog.setHeaderText(m.text("refund.question", plan.tickets().size(), String.join(", ", plan.tickets()), plan.amount(), plan.where()));
        TextField reason = new TextField();
        reason.setId("refundReason");
        reason.setPromptText(m.text("refund.reasonPrompt"));
        VBox content = new VBox(8, new Label(m.text("refund.reason")), reason);
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("refundConfirmation");
        ButtonType yes = new ButtonType(m.text("refund.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.text("refund.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(yes, no);
        dialog.getDialogPane().lookupButton(yes).setId("confirmRefund");
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(no)).setDefaultButton(true);
        dialog.setResultConverter(b -> b == yes ? new Confirmed(plan, reason.getText()) : null);
        return dialog.showAndWait();
    }
}
