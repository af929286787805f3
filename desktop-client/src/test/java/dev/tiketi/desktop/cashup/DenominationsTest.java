package dev.tiketi.desktop.cashup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiketi.desktop.cashup.Denominations.Piece;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The notes and coins each currency is counted in, and the total-only fallback. */
class DenominationsTest {
    @Test
    void wonIsCountedInFourNotesThenFourCoinsLargestFirst() {
        Denominations won = Denominations.of(Currency.getInstance("KRW"));

        assertThat(won.countable()).isTrue();
        assertThat(won.pieces()).containsExactly(new Piece(50_000, true), new Piece(10_000, true), new Piece(5_000, true),
                new Piece(1_000, true), new Piece(500, false), new Piece(100, false), new Piece(50, false), new Piece(10, false));
    }

    @ParameterizedTest
    // a currency without a list here is typed as a total: no guessed notes for money the till has never seen
    @ValueSource(strings = {"USD", "JPY", "EUR"})
    void otherCurrenciesAreCountedAsATotalOnly(String code) {
        Denominations other = Denominations.of(Currency.getInstance(code));

        assertThat(other.countable()).isFalse();
        assertThat(other.pieces()).isEmpty();
        assertThat(other.currency().getCurrencyCode()).isEqualTo(code);
    }

    @Test
    void aPieceIsWorthSomething() {
        assertThatThrownBy(() -> new Piece(0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Piece(-1_000, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
