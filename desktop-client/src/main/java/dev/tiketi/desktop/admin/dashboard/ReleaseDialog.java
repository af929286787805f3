package dev.tiketi.desktop.admin.dashboard;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.admin.ForceRelease;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks why a hold is forced free before it is: the release button stays off until there is a reason the server
 * will take (the audit log keeps it, so whoever lost the seats can be told why).
 */
final class ReleaseDialog {
    private final Messages m;

    ReleaseDialog(Messages m) {
        this.m = m;
    }

    Optional<String> ask(Window owner, HoldRow row, java.time.Instant now) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.text("dashboard.release.title"));
        dialog.getDialogPane().setId("forceReleaseDialog");
        String who = row.hold().terminal() == null ? m.text("dashboard.online") : row.hold().terminal();
        Label text = new Label(m.text("dashboard.release.text", who, row.hold().items(), HoldRow.countdown(row.left(now))));
        text.setWrapText(true);
        TextField reason = new TextField();
        reason.setId("releaseReason");
        reason.setPromptText(m.text("dashboard.release.reason"));
        reason.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c ->
                c.getControlNewText().length() > ForceRelease.MAX_REASON ? null : c));
        Label problem = new Label();
        problem.getStyleClass().addAll("message", "muted");
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String key = DashboardViewModel.reasonProblem(reason.getText());
            return key == null ? "" : m.text(key);
        }, reason.textProperty()));
        VBox box = new VBox(8, text, reason, problem);
        box.setPrefWidth(440);
        dialog.getDialogPane().setContent(box);
        ButtonType go = new ButtonType(m.text("dashboard.release.confirm"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.text("dashboard.release.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(go, cancel);
        dialog.getDialogPane().lookupButton(go).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> DashboardViewModel.reasonProblem(reason.getText()) != null, reason.textProperty()));
        dialog.setResultConverter(b -> b == go ? reason.getText().strip() : null);
        javafx.application.Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }
}
