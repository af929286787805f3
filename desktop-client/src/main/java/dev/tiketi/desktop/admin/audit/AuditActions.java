package dev.tiketi.desktop.admin.audit;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.admin.AuditAction;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** Every action {@link AuditAction} names, and each one's words; an action this client does not know keeps its name. */
public final class AuditActions {
    /** In the order AuditAction lists them (by area: accounts, catalog, holds, sales, cash, queue, seats). */
    public static final List<String> ALL = Arrays.stream(AuditAction.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(AuditActions::value).toList();

    private AuditActions() {
    }

    public static String text(Messages m, String action) {
        String key = "audit.action." + action;
        String text = m.text(key);
        return text.equals(key) ? action : text;
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
