package dev.tiketi.desktop.shell;

import dev.tiketi.desktop.ui.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: every key of the terminal as a two-column table (key, what it does), grouped by screen. */
public final class HelpOverlay {
    private HelpOverlay() {
    }

    /** One line of the table: a key (or a gesture) and what it does. */
    public record Line(String key, String text) {
    }

    /** The table's content, grouped by screen title, in the terminal's language. */
    public static Map<String, List<Line>> table(Messages m) {
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        for (Shortcuts s : Shortcuts.values()) {
            groups.computeIfAbsent(m.text(s.screen().textKey()), k -> new ArrayList<>()).add(new Line(s.keyName(), m.text(s.textKey())));
        }
        List<Line> map = groups.computeIfAbsent(m.text("help.seatMap"), k -> new ArrayList<>());
        Shortcuts.mapKeys().forEach(k -> map.add(new Line(m.text(k + ".key"), m.text(k))));
        return groups;
    }

    public static GridPane view(Messages m) {
        GridPane grid = new GridPane();
        grid.setId("helpTable");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 8, 4, 8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(150);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        int row = 0;
        for (Map.Entry<String, List<Line>> group : table(m).entrySet()) {
            Label title = new Label(group.getKey());
            title.getStyleClass().add("help-group");
            grid.add(title, 0, row++, 2, 1);
            for (Line line : group.getValue()) {
                Label key = new Label(line.key());
                key.getStyleClass().add("help-key");
                Label text = new Label(line.text());
                text.setWrapText(true);
                grid.add(key, 0, row);
                grid.add(text, 1, row++);
            }
        }
        return grid;
    }

    public static Alert show(Messages m, Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(m.text("help.title"));
        alert.setHeaderText(m.text("help.title"));
        ScrollPane scroll = new ScrollPane(view(m));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("helpOverlay");
        alert.getDialogPane().getStyleClass().add("help-overlay");
        alert.getDialogPane().setPrefWidth(720);
        ButtonType close = alert.getButtonTypes().get(0);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(close)).setText(m.text("dialog.close"));
        alert.show();
        return alert;
    }
}
