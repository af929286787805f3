package dev.tiketi.desktop.shell;

import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * Every key of the terminal, in one table: what it does, and on which screen. The F1 overlay and every
 * button's tooltip read it from here, so a key is never documented in one place and bound in another.
 */
public enum Shortcuts {
    HELP("F1", "key.help", Screen.ALL),
    SELL("Shortcut+1", "key.sell", Screen.ALL),
    ORDERS("Shortcut+2", "key.orders", Screen.ALL),
    CASHUP("Shortcut+3", "key.cashup", Screen.ALL),
    SIGN_OUT("Shortcut+Shift+Q", "key.signOut", Screen.ALL),
    SEARCH("F2", "key.search", Screen.SELL),
    MAP("F3", "key.map", Screen.SELL),
    BEST("F4", "key.best", Screen.SELL),
    HOLD("F5", "key.hold", Screen.SELL),
    EXTEND("F6", "key.extend", Screen.SELL),
    DRAWER("F7", "key.drawer", Screen.SELL),
    PRINT("F8", "key.print", Screen.SELL),
    CASH("F9", "key.cash", Screen.SELL),
    CARD("F10", "key.card", Screen.SELL),
    SPLIT("F11", "key.split", Screen.SELL),
    ADD_TO_BASKET("Shortcut+F5", "key.addToBasket", Screen.SELL),
    RELEASE("Esc", "key.release", Screen.SELL),
    FIND("Shortcut+F", "key.find", Screen.ORDERS),
    REFUND("Shortcut+R", "key.refund", Screen.ORDERS),
    EXCHANGE("Shortcut+E", "key.exchange", Screen.ORDERS),
    REPRINT("Shortcut+P", "key.reprint", Screen.ORDERS),
    CLOSE_DRAWER("Shortcut+Enter", "key.closeDrawer", Screen.CASHUP),
    /** On the seat map's keyboard seat, not the whole screen: typed into a field, W is a letter. */
    WATCH("W", "key.watch", Screen.MAP),
    /** Four keys no customer presses by chance on a kiosk's keyboard; the kiosk account's password follows. */
    KIOSK_EXIT("Shortcut+Alt+Shift+K", "kiosk.key.exit", Screen.KIOSK);

    /** Where a key works; the help overlay groups by it. */
    public enum Screen {
        ALL("help.everywhere"), SELL("tab.sell"), ORDERS("tab.orders"), CASHUP("tab.cashup"), MAP("help.seatMap"),
        KIOSK("kiosk.help.screen");

        private final String textKey;

        Screen(String textKey) {
            this.textKey = textKey;
        }

        public String textKey() {
            return textKey;
        }
    }

    private final KeyCombination combination;
    private final String textKey;
    private final Screen screen;

    Shortcuts(String combination, String textKey, Screen screen) {
        this.combination = KeyCombination.valueOf(combination);
        this.textKey = textKey;
        this.screen = screen;
    }

    public KeyCombination combination() {
        return combination;
    }

    /** The key as printed on the keyboard ("Esc", "Ctrl+Enter"), not JavaFX's "Escape" or "Ctrl+↵". */
    public String keyName() {
        return combination.getDisplayText().replace("Escape", "Esc").replace("↵", "Enter");
    }

    public String textKey() {
        return textKey;
    }

    public Screen screen() {
        return screen;
    }

    /** Keys that work inside the seat map (it has the focus most of the time); text keys of their lines. */
    public static List<String> mapKeys() {
        return List.of("map.arrows", "map.space", "map.row", "map.drag", "map.zoom", "map.enter");
    }
}
