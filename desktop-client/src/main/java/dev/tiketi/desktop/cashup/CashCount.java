package dev.tiketi.desktop.cashup;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * A drawer counted note by note and coin by coin: how many of each, and the total worked out as the count
 * goes. A count that cannot be (below zero, or more pieces of one kind than any drawer holds) is refused and
 * the line keeps what it had, so a slip of the finger never becomes the amount the drawer closes with.
 */
public final class CashCount {
    /** More of one note or coin than this is a typing slip, not a drawer (10,000 coins weigh some 50 kg). */
    public static final int MAX_PIECES = 9_999;

    /** One kind of note or coin, how many were counted and what they are worth together. */
    public static final class Line {
        private final Denominations.Piece piece;
        private final ReadOnlyIntegerWrapper pieces = new ReadOnlyIntegerWrapper();
        private final ReadOnlyLongWrapper subtotal = new ReadOnlyLongWrapper();

        private Line(Denominations.Piece piece) {
            this.piece = piece;
            pieces.addListener((o, was, now) -> subtotal.set(piece.value() * now.intValue()));
        }

        public Denominations.Piece piece() {
            return piece;
        }

        public ReadOnlyIntegerProperty piecesProperty() {
            return pieces.getReadOnlyProperty();
        }

        public ReadOnlyLongProperty subtotalProperty() {
            return subtotal.getReadOnlyProperty();
        }
    }

    private final Denominations denominations;
    private final List<Line> lines;
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();

    public CashCount(Denominations denominations) {
        this.denominations = denominations;
        this.lines = denominations.pieces().stream().map(Line::new).toList();
        lines.forEach(l -> l.subtotal.addListener((o, was, now) -> total.set(lines.stream().mapToLong(x -> x.subtotal.get()).sum())));
    }

    public Denominations denominations() {
        return denominations;
    }

    /** Notes then coins, largest first; empty when the currency is counted as a total only. */
    public List<Line> lines() {
        return lines;
    }

    /** What the counted notes and coins are worth together. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Sets how many of {@code line}'s note or coin were counted; false (and nothing changes) when that cannot be. */
    public boolean count(Line line, int pieces) {
        if (!lines.contains(line) || pieces < 0 || pieces > MAX_PIECES) {
            return false;
        }
        line.pieces.set(pieces);
        return true;
    }

    /** A new count (after the drawer closed). */
    public void clear() {
        lines.forEach(l -> l.pieces.set(0));
    }
}
