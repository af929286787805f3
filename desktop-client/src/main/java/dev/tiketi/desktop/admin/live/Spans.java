package dev.tiketi.desktop.admin.live;

/** A span of time as the live screens write it: "m:ss", with hours only when it runs that long. */
public final class Spans {
    private Spans() {
    }

    public static String of(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
