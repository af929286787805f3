package dev.tiketi.desktop.seatmap;

/** A seat's flags after an edit in the layout editor (not saved: the editor decides when to send them). */
public record SeatEdit(long seatId, boolean blocked, boolean accessible) {
}
