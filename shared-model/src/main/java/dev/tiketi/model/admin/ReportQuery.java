package dev.tiketi.model.admin;

import dev.tiketi.model.common.QueryString;
import java.time.LocalDate;

/**
 * The filters of the admin reports. Days are calendar days in the venue's time zone: for sales, refunds and
 * exchanges each ticket's event's venue (the server's zone for a venue without one); for cash sessions and the
 * end of day the zone of {@code venue} when given, else the server's. {@code from} and {@code to} are both
 * included (at most 400 days apart); left out, a sales report covers everything. {@code date} is the end-of-day
 * report's day (today when left out). {@code clerk} (a username) and {@code terminal} narrow the cash report.
 */
public record ReportQuery(LocalDate from, LocalDate to, Long event, Long venue, LocalDate date, String clerk, String terminal) {
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String EVENT = "event";
    public static final String VENUE = "venue";
    public static final String DATE = "date";
    public static final String CLERK = "clerk";
    public static final String TERMINAL = "terminal";
    public static final int MAX_DAYS = 400;

    public static ReportQuery days(LocalDate from, LocalDate to) {
        return new ReportQuery(from, to, null, null, null, null, null);
    }

    public static ReportQuery endOfDay(LocalDate date, Long venue) {
        return new ReportQuery(null, null, null, venue, date, null, null);
    }

    /** "?from=...&to=..." with only the parameters set; "" when none is. */
    public String toQueryString() {
        return new QueryString().add(FROM, from).add(TO, to).add(EVENT, event).add(VENUE, venue).add(DATE, date)
                .add(CLERK, clerk).add(TERMINAL, terminal).toString();
    }
}
