package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.sales.SeatStatus;

/**
 * How one seat is drawn, decided without JavaFX. Three channels that never stand in for each other: the fill
 * tells the price tier (see {@link SeatPalette}), the pattern and letter tell the status, and the shape tells
 * an accessible seat (a rounded square, not a letter, so it cannot be read as a tier such as "A").
 *
 * @param ink the colour of the letter, chosen for contrast with the fill
 */
public record SeatLook(String fill, String stroke, String ink, Pattern pattern, String glyph, Shape shape, boolean takeable) {

    /** What is drawn over the fill. */
    public enum Pattern { NONE, HATCH, CROSS, RING }

    /** The outline: a circle, or a rounded square for a wheelchair space. */
    public enum Shape { ROUND, SQUARE }

    /** Who a seat is to the terminal looking at it. */
    public enum Role { NOBODY, MINE, SELECTED }

    /** The look in the default palette with no tier colour: what the sale rules ({@link #takeable()}) are read from. */
    public static SeatLook of(SeatStatus status, Role role, boolean accessible) {
        return SeatPalette.okabeIto().look(status, role, accessible, null);
    }
}
