package dev.tiketi.desktop.cashup;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notes and coins a drawer holds in a currency, largest first, in the currency's whole units (what
 * cash amounts count in). The one place that knows them: a currency without a list here is counted as a
 * total only.
 */
public final class Denominations {
    /** One kind of note or coin: its face value and whether it is a note. */
    public record Piece(long value, boolean note) {
        public Piece {
            if (value <= 0) {
                throw new IllegalArgumentException("a note or coin is worth something: " + value);
            }
        }
    }

    // Korean won in circulation: the 1 and 5 won coins are still legal tender but no till takes them
    private static final Map<Currency, List<Piece>> KNOWN = Map.of(Currency.getInstance(Locale.KOREA), List.of(
            new Piece(50_000, true), new Piece(10_000, true), new Piece(5_000, true), new Piece(1_000, true),
            new Piece(500, false), new Piece(100, false), new Piece(50, false), new Piece(10, false)));

    private final Currency currency;
    private final List<Piece> pieces;

    private Denominations(Currency currency, List<Piece> pieces) {
        this.currency = currency;
        this.pieces = pieces;
    }

    public static Denominations of(Currency currency) {
        return new Denominations(currency, KNOWN.getOrDefault(currency, List.of()));
    }

    public Currency currency() {
        return currency;
    }

    /** Notes then coins, largest first; empty when the currency is counted as a total only. */
    public List<Piece> pieces() {
        return pieces;
    }

    /** Whether the drawer can be counted note by note and coin by coin (else only its total is typed). */
    public boolean countable() {
        return !pieces.isEmpty();
    }
}
