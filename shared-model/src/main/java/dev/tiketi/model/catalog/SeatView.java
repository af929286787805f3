package dev.tiketi.model.catalog;

/** One seat for drawing: (x, y) is its centre in seat pitches, the stage lies towards negative y. */
public record SeatView(long id, String label, String row, int number, String tierCode, double x, double y,
                       boolean accessible, boolean blocked) {
}
