package dev.tiketi.desktop.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What a terminal remembers between runs: the server's address, its own name, the language, the printer; a
 * kiosk also its idle time and the line it stands in.
 */
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

    /** A kiosk's time without a touch before it asks "still there?" ({@code --kiosk-idle}); 60 s unless set. */
    public Duration kioskIdle() {
        return Duration.ofSeconds(prefs.getLong("kioskIdleSeconds", KIOSK_IDLE_DEFAULT));
    }

    public static final long KIOSK_IDLE_DEFAULT = 60;
    public static final long KIOSK_IDLE_MIN = 15;
    public static final long KIOSK_IDLE_MAX = 3600;

    /** Remembers a kiosk's idle time; outside 15 s to one hour it is refused (a typo must not make a kiosk unusable). */
    public void rememberKioskIdle(long seconds) {
        if (seconds < KIOSK_IDLE_MIN || seconds > KIOSK_IDLE_MAX) {
            throw new IllegalArgumentException("the kiosk idle time must be " + KIOSK_IDLE_MIN + " to " + KIOSK_IDLE_MAX + " seconds");
        }
        prefs.putLong("kioskIdleSeconds", seconds);
    }

    /** The waiting-room place a kiosk holds, as the kiosk wrote it; empty: none. */
    public String kioskPlace() {
        return prefs.get("kioskPlace", "");
    }

    public void rememberKioskPlace(String place) {
        prefs.put("kioskPlace", place == null ? "" : place);
    }

    public void remember(String server, String terminal, Locale locale) {
        prefs.put("server", server);
        prefs.put("terminal", terminal);
        prefs.put("language", locale.toLanguageTag());
    }
}
