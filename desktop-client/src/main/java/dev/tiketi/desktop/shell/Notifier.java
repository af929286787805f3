package dev.tiketi.desktop.shell;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Short notices in the top-right corner ("sold", "refunded", "hold expired") that leave by themselves after
 * a few seconds or when clicked; at most three at once, the newest on top. They never take the focus from
 * the clerk's field.
 */
public final class Notifier {
    private static final int MOST = 3;
    private final VBox layer = new VBox(8);

    public Notifier() {
        layer.setId("toasts");
        layer.setAlignment(Pos.TOP_RIGHT);
        layer.setPickOnBounds(false);
        layer.setMaxWidth(420);
        layer.setPadding(new Insets(12));
        StackPane.setAlignment(layer, Pos.TOP_RIGHT);
    }

    /** The layer to stack above the mode's screen. */
    public VBox layer() {
        return layer;
    }

    public void success(String text) {
        show(text, Styles.SUCCESS, "mdi2c-check-circle-outline");
    }

    public void warning(String text) {
        show(text, Styles.WARNING, "mdi2a-alert-outline");
    }

    public void info(String text) {
        show(text, Styles.ACCENT, "mdi2i-information-outline");
    }

    private void show(String text, String style, String icon) {
        Notification n = new Notification(text, new FontIcon(icon));
        n.getStyleClass().addAll(style, Styles.ELEVATED_1);
        n.setFocusTraversable(false);
        n.setPrefWidth(400);
        n.setOnClose(e -> layer.getChildren().remove(n));
        layer.getChildren().add(0, n);
        while (layer.getChildren().size() > MOST) {
            layer.getChildren().remove(layer.getChildren().size() - 1);
        }
        PauseTransition gone = new PauseTransition(Duration.seconds(5));
        gone.setOnFinished(e -> layer.getChildren().remove(n));
        gone.play();
    }

    /** The notices showing now (tests). */
    public int count() {
        return layer.getChildren().size();
    }
}
