package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.shell.ShortcutRegistry;
import dev.tiketi.desktop.shell.Shortcuts;
import dev.tiketi.desktop.ui.Messages;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small things both halves of the Sell tab do to their controls: icons, key tooltips, pseudo-classes. */
final class Widgets {
    private Widgets() {
    }

    static void icon(Button button, String code) {
        button.setGraphic(new FontIcon(code));
    }

    /** The key's tooltip, from the one table of keys (so tooltips, F1 and the keys never disagree). */
    static void tip(Messages m, Control control, Shortcuts key) {
        control.setTooltip(new Tooltip(ShortcutRegistry.text(m, key)));
    }

    static void pseudo(Node node, String name, boolean on) {
        node.pseudoClassStateChanged(PseudoClass.getPseudoClass(name), on);
    }
}
