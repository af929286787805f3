package dev.tiketi.desktop.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/** What a terminal remembers between runs: the server's address, its own name, the language. */
public final class TerminalSettings {
    private final Preferences prefs;

    public TerminalSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static TerminalSettings user() {
        return new TerminalSettings(Preferences.userRoot().node("dev/tiketi/desktop"));
    }

    public String server() {
        return prefs.get("server", "http://localhost:8080");
    }

    public String terminal() {
        return prefs.get("terminal", "");
    }

    public Locale locale(Locale fallback) {
        String tag = prefs.get("language", "");
        return tag.isEmpty() ? fallback : Locale.forLanguageTag(tag);
    }

    /** The printer chosen for tickets; empty: save PDFs instead. */
    public String printer() {
        return prefs.get("printer", "");
    }

    public void rememberPrinter(String name) {
        prefs.put("printer", name == null ? "" : name);
    }

    public void remember(String server, String terminal, Locale locale) {
        prefs.put("server", server);
        prefs.put("terminal", terminal);
        prefs.put("language", locale.toLanguageTag());
    }
}
