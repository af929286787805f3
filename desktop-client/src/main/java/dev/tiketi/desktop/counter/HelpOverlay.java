package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.ui.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** F1: every key of the terminal and what it does, from {@link Shortcuts}, in the terminal's language. */
public final class HelpOverlay {
    private HelpOverlay() {
    }

    public static String text(Messages m) {
        StringBuilder text = new StringBuilder();
        for (Shortcuts s : Shortcuts.values()) {
            text.append(String.format("%-12s %s%n", s.keyName(), m.text(s.textKey())));
        }
        text.append('\n');
        Shortcuts.mapKeys().forEach(k -> text.append(m.text(k)).append('\n'));
        return text.toString();
    }

    public static Alert show(Messages m, Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text(m),
                new ButtonType(m.text("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE)); // JavaFX's CLOSE follows the OS language, not the terminal's
        alert.initOwner(owner);
        alert.setTitle(m.text("help.title"));
        alert.setHeaderText(m.text("help.title"));
        alert.getDialogPane().setId("helpOverlay");
        alert.getDialogPane().getStyleClass().add("help-overlay");
        alert.getDialogPane().setPrefWidth(680);
        alert.show();
        return alert;
    }
}
