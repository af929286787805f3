package dev.tiketi.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.api.ApiException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final Messages en = new Messages(Locale.ENGLISH, SEOUL);
    private final Messages ko = new Messages(Locale.KOREAN, SEOUL);

    @Test
    void wonIsWholeWonWithTheWonSignInBothLanguages() {
        assertThat(ko.money(300_000, "KRW")).isEqualTo("₩300,000");
        assertThat(en.money(300_000, "KRW")).isEqualTo("₩300,000");
        assertThat(en.money(-5_000, "KRW")).isEqualTo("-₩5,000");
        assertThat(ko.cash(20_000)).isEqualTo("₩20,000");
    }

    @Test
    void anotherCurrencyKeepsItsOwnSignAndCents() {
        // prices are whole units of the event's currency, so 120 dollars
        assertThat(en.money(120, "USD")).isEqualTo("$120.00");
        assertThat(ko.money(120, "USD")).isEqualTo("US$120.00");
        assertThat(en.money(9_800, "JPY")).isEqualTo("¥9,800");
    }

    @Test
    void oneDateStyleForEveryScreenInTheTerminalsZone() {
        Instant newYearConcert = Instant.parse("2027-01-01T10:30:00Z"); // 19:30 in Seoul

        assertThat(en.dateTime(newYearConcert)).isEqualTo("Jan 1, 2027, 7:30 PM");
        assertThat(ko.dateTime(newYearConcert)).isEqualTo("2027. 1. 1. 오후 7:30");
        assertThat(en.dateTime(null)).isEqualTo("—");
    }

    @Test
    void refusalsAreWordedByTheirCodeAndUnknownCodesByTheStatus() {
        assertThat(ko.problem(new ApiException(404, "ORDER_NOT_FOUND", "No such order."))).isEqualTo("그런 주문이 없습니다.");
        assertThat(en.problem(new ApiException(0, ApiException.UNREACHABLE, "timed out")))
                .isEqualTo("The server cannot be reached. Check the network and the server address.");
        assertThat(en.problem(new ApiException(409, "A_CODE_FROM_A_NEWER_SERVER", ""))).isEqualTo("The server refused this (HTTP 409).");
        assertThat(en.problem(new IllegalStateException("boom"))).isEqualTo("Something went wrong. Try again.");
    }
}
