package dev.tiketi.desktop.counter;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/** Every counter action has a key; the help overlay (F1) and the buttons' tooltips list them from here. */
public enum Shortcuts {
    HELP(KeyCode.F1, "key.help"),
    SEARCH(KeyCode.F2, "key.search"),
    MAP(KeyCode.F3, "key.map"),
    HOLD(KeyCode.F5, "key.hold"),
    EXTEND(KeyCode.F6, "key.extend"),
    DRAWER(KeyCode.F7, "key.drawer"),
    PRINT(KeyCode.F8, "key.print"),
    CASH(KeyCode.F9, "key.cash"),
    CARD(KeyCode.F10, "key.card"),
    RELEASE(KeyCode.ESCAPE, "key.release");

    private final KeyCode key;
    private final String textKey;

    Shortcuts(KeyCode key, String textKey) {
        this.key = key;
        this.textKey = textKey;
    }

    public KeyCodeCombination combination() {
        return new KeyCodeCombination(key);
    }

    public String keyName() {
        return key == KeyCode.ESCAPE ? "Esc" : key.getName();
    }

    public String textKey() {
        return textKey;
    }

    /** Keys that work inside the seat map as well (it has the focus most of the time). */
    public static List<String> mapKeys() {
        return List.of("map.arrows", "map.space", "map.row", "map.drag", "map.zoom", "map.enter");
    }
}
