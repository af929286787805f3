package dev.tiketi.desktop.counter;

import java.util.List;
import javafx.scene.input.KeyCombination;

/** Every counter action has a key; the help overlay (F1) and the buttons' tooltips list them from here. */
public enum Shortcuts {
    HELP("F1", "key.help"),
    SELL("Shortcut+1", "key.sell"),
    ORDERS("Shortcut+2", "key.orders"),
    CASHUP("Shortcut+3", "key.cashup"),
    SEARCH("F2", "key.search"),
    MAP("F3", "key.map"),
    HOLD("F5", "key.hold"),
    EXTEND("F6", "key.extend"),
    DRAWER("F7", "key.drawer"),
    PRINT("F8", "key.print"),
    CASH("F9", "key.cash"),
    CARD("F10", "key.card"),
    SPLIT("F11", "key.split"),
    RELEASE("Esc", "key.release"),
    FIND("Shortcut+F", "key.find"),
    BEST("F4", "key.best"),
    REFUND("Shortcut+R", "key.refund"),
    EXCHANGE("Shortcut+E", "key.exchange"),
    REPRINT("Shortcut+P", "key.reprint"),
    CLOSE_DRAWER("Shortcut+Enter", "key.closeDrawer");

    private final KeyCombination combination;
    private final String textKey;

    Shortcuts(String combination, String textKey) {
        this.combination = KeyCombination.valueOf(combination);
        this.textKey = textKey;
    }

    public KeyCombination combination() {
        return combination;
    }

    public String keyName() {
        return combination.getDisplayText();
    }

    public String textKey() {
        return textKey;
    }

    /** Keys that work inside the seat map as well (it has the focus most of the time). */
    public static List<String> mapKeys() {
        return List.of("map.arrows", "map.space", "map.row", "map.drag", "map.zoom", "map.enter");
    }
}
