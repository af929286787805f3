package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PriceFormatTest {
    private static final String WON = Currency.getInstance(Locale.KOREA).getCurrencyCode();

    @Test
    void wonHasNoMinorUnitsInEitherLanguage() {
        assertThat(SeatLegend.price(150_000, WON, Locale.KOREAN)).isEqualTo("₩150,000");
        assertThat(SeatLegend.price(150_000, WON, Locale.ENGLISH)).isEqualTo("₩150,000");
    }

    @Test
    void theCurrencyComesFromTheEventNotFromACodeInTheClient() {
        assertThat(SeatLegend.price(60, Currency.getInstance(Locale.US).getCurrencyCode(), Locale.US)).isEqualTo("$60.00");
        assertThat(SeatLegend.price(60, Currency.getInstance(Locale.JAPAN).getCurrencyCode(), Locale.JAPAN)).isEqualTo("￥60");
        assertThat(SeatLegend.price(1_500, null, Locale.ENGLISH)).isEqualTo("1,500");
    }
}
