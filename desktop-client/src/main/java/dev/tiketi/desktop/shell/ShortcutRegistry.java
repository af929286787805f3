package dev.tiketi.desktop.shell;

import dev.tiketi.desktop.ui.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * The keys of the signed-in terminal. A key may act on several screens (F2 searches events on Sell and
 * orders on Orders): each registration says when it applies, and the first that applies acts. Installed
 * once per scene; {@link #clear()} drops a signed-out mode's keys with it.
 */
public final class ShortcutRegistry {
    private record Binding(BooleanSupplier active, Runnable action) {
    }

    private final Messages m;
    private final Map<Shortcuts, List<Binding>> bindings = new EnumMap<>(Shortcuts.class);
    private Scene scene;

    public ShortcutRegistry(Messages m) {
        this.m = m;
    }

    /** {@code action} runs on {@code key} while {@code active} says so. */
    public void on(Shortcuts key, BooleanSupplier active, Runnable action) {
        bindings.computeIfAbsent(key, k -> new ArrayList<>()).add(new Binding(active, action));
        if (scene != null) {
            installOne(key);
        }
    }

    public void on(Shortcuts key, Runnable action) {
        on(key, () -> true, action);
    }

    public void install(Scene target) {
        this.scene = target;
        bindings.keySet().forEach(this::installOne);
    }

    private void installOne(Shortcuts key) {
        scene.getAccelerators().put(key.combination(), () -> bindings.getOrDefault(key, List.of()).stream()
                .filter(b -> b.active().getAsBoolean()).findFirst().ifPresent(b -> b.action().run()));
    }

    /** Whether anything is bound to {@code key} now. */
    public boolean bound(Shortcuts key) {
        return !bindings.getOrDefault(key, List.of()).isEmpty();
    }

    /** Shows what a control does and its key, from the one table of keys. */
    public void tooltip(Control control, Shortcuts key) {
        control.setTooltip(new Tooltip(text(m, key)));
    }

    public static String text(Messages m, Shortcuts key) {
        return m.text(key.textKey()) + "  (" + key.keyName() + ")";
    }

    public void clear() {
        if (scene != null) {
            bindings.keySet().forEach(k -> scene.getAccelerators().remove(k.combination()));
        }
        bindings.clear();
    }
}
