package dev.tiketi.server.reports;

import dev.tiketi.model.admin.ReportQuery;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.catalog.VenueZones;
import dev.tiketi.server.error.ApiException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The days a report covers, checked, and the zone they are days in. */
@Component
class ReportDays {
    private final JdbcClient jdbc;

    ReportDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A range: both ends or neither (everything), from not after to, at most {@link ReportQuery#MAX_DAYS} days. */
    static void checkRange(LocalDate from, LocalDate to, boolean required) {
        check(ReportQuery.FROM, from);
        check(ReportQuery.TO, to);
        if ((from == null) != (to == null) || (required && from == null)) {
            throw ApiException.invalid(from == null ? ReportQuery.FROM : ReportQuery.TO, "give both 'from' and 'to'");
        }
        if (from != null && from.isAfter(to)) {
            throw ApiException.invalid(ReportQuery.TO, "must not be before 'from'");
        }
        if (from != null && ChronoUnit.DAYS.between(from, to) >= ReportQuery.MAX_DAYS) {
            throw ApiException.invalid(ReportQuery.TO, "at most " + ReportQuery.MAX_DAYS + " days after 'from'");
        }
    }

    static void check(String parameter, LocalDate day) {
        if (day != null && (day.getYear() < 2000 || day.getYear() > 9999)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "Parameter '" + parameter + "' must be a day between the years 2000 and 9999.");
        }
    }

    /** The venue's zone (VENUE_NOT_FOUND for no such venue), or the server's when none is named. */
    ZoneId zone(Long venue) {
        if (venue == null) {
            return ZoneId.systemDefault();
        }
        return jdbc.sql("select coalesce(time_zone, '') from venue where id = ?").param(venue).query(String.class).optional()
                .map(z -> VenueZones.effective(z.isEmpty() ? null : z))
                .orElseThrow(() -> new ApiException(ErrorCode.VENUE_NOT_FOUND));
    }
}
