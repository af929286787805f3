package dev.tiketi.desktop.shell;

import dev.tiketi.desktop.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A kiosk account signed in before the kiosk screens exist: a plain screen that says so and how to get a
 * staff terminal back, instead of a refusal at the sign-in form.
 */
public final class KioskPlaceholderMode implements Mode {
    private final VBox view;

    public KioskPlaceholderMode(Messages m) {
        FontIcon icon = new FontIcon("mdi2t-tablet-cellphone");
        icon.setIconSize(64);
        Label title = new Label(m.text("shell.kioskTitle"));
        title.getStyleClass().add("title-1");
        Label text = new Label(m.text("shell.kioskSoon"));
        text.setWrapText(true);
        text.setMaxWidth(640);
        view = new VBox(18, icon, title, text);
        view.setId("kioskPlaceholder");
        view.setAlignment(Pos.CENTER);
        view.setPadding(new Insets(40));
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void keys(ShortcutRegistry keys) {
        // nothing to press yet but the shell's own keys (help, sign out)
    }

    @Override
    public void close() {
    }
}
