package dev.tiketi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's shows land at evening hours and in their seasons, whenever the demo is first started. */
class DemoDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T17:25:00Z", "2026-12-31T14:50:00Z", "2027-07-20T03:00:00Z",
            "2027-04-10T11:59:00Z", "2027-08-01T23:00:00Z", "2028-02-29T09:00:00Z", "2027-12-19T10:30:00Z"})
    void showsAreInTheEveningAndInTheirSeason(String first) {
        Instant now = Instant.parse(first);
        DemoDates dates = new DemoDates(now);

        Instant late = dates.lateShow();
        assertThat(local(late).toLocalTime()).isEqualTo(LocalTime.of(21, 30));
        assertThat(Duration.between(now, late)).isBetween(Duration.ofHours(2), Duration.ofHours(26));

        assertThat(local(dates.newYear()).getMonth()).isEqualTo(Month.JANUARY);
        assertThat(local(dates.christmasSeason()).getMonth()).isEqualTo(Month.DECEMBER);
        assertThat(local(dates.summerFestival()).getMonth()).isEqualTo(Month.AUGUST);
        assertThat(local(dates.spring()).getMonth()).isEqualTo(Month.APRIL);
        for (Instant show : new Instant[] {dates.newYear(), dates.christmasSeason(), dates.summerFestival(), dates.spring(),
                dates.concertInDays(20), dates.concertDaysAgo(10)}) {
            assertThat(local(show).toLocalTime()).isBetween(LocalTime.of(17, 0), LocalTime.of(21, 30));
        }
        assertThat(Duration.between(now, dates.newYear())).isGreaterThanOrEqualTo(Duration.ofDays(6));
        assertThat(Duration.between(now, dates.christmasSeason())).isGreaterThan(Duration.ofDays(13));
        assertThat(Duration.between(now, dates.summerFestival())).isGreaterThan(Duration.ofDays(23));
        assertThat(Duration.between(now, dates.spring())).isGreaterThan(Duration.ofDays(59));
        assertThat(dates.concertDaysAgo(10)).isBefore(now);
    }

    private static ZonedDateTime local(Instant at) {
        return at.atZone(DemoDates.VENUE_ZONE);
    }
}
