package dev.tiketi.server.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When the demo's shows are, relative to the first start but at the hours and in the seasons a venue would
 * really schedule them, in the demo venues' zone (both are in Seoul): a demo where "tonight's" jazz starts at
 * 02:25 or the summer festival falls on 31 December looks broken to whoever tries it.
 */
final class DemoDates {
    static final ZoneId VENUE_ZONE = ZoneId.of("Asia/Seoul");
    private static final LocalTime CONCERT = LocalTime.of(19, 30);

    private final ZonedDateTime now;

    DemoDates(Instant now) {
        this.now = now.atZone(VENUE_ZONE);
    }

    /** The next 21:30 at least two hours away: tonight, or tomorrow night once tonight's has begun. */
    Instant lateShow() {
        ZonedDateTime show = now.toLocalDate().atTime(21, 30).atZone(VENUE_ZONE);
        return (show.isBefore(now.plusHours(2)) ? show.plusDays(1) : show).toInstant();
    }

    /** 19:30 on the first day at least {@code days} days from now. */
    Instant concertInDays(int days) {
        return at(now.toLocalDate().plusDays(days), CONCERT);
    }

    /** 19:30, {@code days} days ago. */
    Instant concertDaysAgo(int days) {
        return at(now.toLocalDate().minusDays(days), CONCERT);
    }

    /** A New Year concert: 17:00 on the next 1 January at least a week away. */
    Instant newYear() {
        return at(next(MonthDay.of(Month.JANUARY, 1), 7), LocalTime.of(17, 0));
    }

    /** Christmas-season ballet: 19:30 on the next 20 December at least two weeks away. */
    Instant christmasSeason() {
        return at(next(MonthDay.of(Month.DECEMBER, 20), 14), CONCERT);
    }

    /** An open-air summer festival: 18:00 on the first Saturday of the next August at least a month away. */
    Instant summerFestival() {
        LocalDate day = next(MonthDay.of(Month.AUGUST, 1), 30).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
        return at(day, LocalTime.of(18, 0));
    }

    /** A spring gala: 19:30 on the next 15 April at least two months away. */
    Instant spring() {
        return at(next(MonthDay.of(Month.APRIL, 15), 60), CONCERT);
    }

    /** The day before {@code at}, at the same time: sales that close with the show. */
    static Instant daysBefore(Instant at, int days) {
        return at.minus(Duration.ofDays(days));
    }

    /** The next {@code day} that is at least {@code minDays} away. */
    private LocalDate next(MonthDay day, int minDays) {
        LocalDate earliest = now.toLocalDate().plusDays(minDays);
        LocalDate candidate = day.atYear(earliest.getYear());
        return candidate.isBefore(earliest) ? day.atYear(earliest.getYear() + 1) : candidate;
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(VENUE_ZONE).toInstant();
    }
}
