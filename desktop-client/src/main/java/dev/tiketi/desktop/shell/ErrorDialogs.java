package dev.tiketi.desktop.shell;

import dev.tiketi.desktop.ui.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * An error said in one sentence, with what support needs folded away under "Details": the person at the
 * counter reads the sentence, the technician opens the fold.
 */
public final class ErrorDialogs {
    private ErrorDialogs() {
    }

    public static Alert show(Messages m, Window owner, Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, m.problem(failure), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(false);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
        return alert;
    }
}
