package dev.tiketi.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LookupQueryTest {
    @Test
    void aKoreanNameIsLookedUpByNamePercentEncoded() {
        assertThat(LookupQuery.of("  김민준 ").name()).isEqualTo("김민준");
        assertThat(LookupQuery.of("김민준").toQueryString()).isEqualTo("?name=%EA%B9%80%EB%AF%BC%EC%A4%80&size=50");
    }

    @Test
    void codesOrderNumbersAndDatesAreRecognised() {
        assertThat(LookupQuery.of("abcd-efgh jkmn pqrs tuvw xyz2 34").code()).isEqualTo("ABCDEFGHJKMNPQRSTUVWXYZ234");
        assertThat(LookupQuery.of("t0042").orderNo()).isEqualTo("T0042");
        assertThat(LookupQuery.of("2026-12-24").date()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(LookupQuery.of("2026-12-24").toQueryString()).isEqualTo("?date=2026-12-24&size=50");
    }
}
