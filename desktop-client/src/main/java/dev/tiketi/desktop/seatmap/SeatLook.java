package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.sales.SeatStatus;

/**
 * How a seat is drawn, decided without JavaFX: colour and, so that no one needs to tell colours apart, a
 * pattern and a letter too. Colours are from the Okabe–Ito palette, which stays distinct for the common
 * kinds of colour blindness.
 */
public record SeatLook(String fill, String stroke, Pattern pattern, String glyph, boolean takeable) {

    /** What is drawn over the fill. */
    public enum Pattern { NONE, HATCH, CROSS, RING }

    /** Who a seat is to the terminal looking at it. */
    public enum Role { NOBODY, MINE, SELECTED }

    static final String AVAILABLE = "#ffffff";
    static final String ACCESSIBLE = "#56b4e9";
    static final String HELD = "#e69f00";
    static final String SOLD = "#6b6b6b";
    static final String BLOCKED = "#d0d0d0";
    static final String MINE_FILL = "#009e73";
    static final String SELECTED_FILL = "#0072b2";
    static final String TIER_STROKE = "#3a3a3a";

    static final String UNKNOWN = "#ececec";

    /** {@code status} null: not known yet (the snapshot has not arrived): grey, "?", not takeable. */
    public static SeatLook of(SeatStatus status, Role role, boolean accessible) {
        if (role == Role.MINE) {
            return new SeatLook(MINE_FILL, "#004d38", Pattern.RING, "✓", false);
        }
        if (status == null) {
            return new SeatLook(UNKNOWN, "#b0b0b0", Pattern.NONE, "?", false);
        }
        return switch (status) {
            case AVAILABLE -> role == Role.SELECTED
                    ? new SeatLook(SELECTED_FILL, "#00385a", Pattern.RING, "•", true)
                    : new SeatLook(accessible ? ACCESSIBLE : AVAILABLE, TIER_STROKE, Pattern.NONE, accessible ? "A" : "", true);
            case HELD -> new SeatLook(HELD, "#7a5300", Pattern.HATCH, "H", false);
            case SOLD -> new SeatLook(SOLD, "#2e2e2e", Pattern.CROSS, "S", false);
            case BLOCKED -> new SeatLook(BLOCKED, "#9a9a9a", Pattern.CROSS, "×", false);
        };
    }
}
