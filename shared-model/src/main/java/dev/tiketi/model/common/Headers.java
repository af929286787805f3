package dev.tiketi.model.common;

/** HTTP headers of the protocol beyond the standard ones. */
public final class Headers {
    /** The terminal's configured name (counter 3, kiosk lobby-1); recorded with every audited action. */
    public static final String TERMINAL = "X-Tiketi-Terminal";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The waiting room's admission token for the event, needed to hold and buy while its queue is on. */
    public static final String ADMISSION = "X-Tiketi-Admission";

    private Headers() {
    }
}
