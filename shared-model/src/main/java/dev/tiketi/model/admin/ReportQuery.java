package dev.tiketi.model.admin;

import dev.tiketi.model.common.QueryString;
import dev.tiketi.model.sales.Channel;
import java.time.LocalDate;
import java.util.List;

/**
 * The filters of the admin reports. Days are calendar days in the venue's time zone: for sales, refunds and
 * exchanges each ticket's event's venue (the server's zone for a venue without one); for cash sessions and the
 * end of day the zone of {@code venue} when given, else the server's. {@code from} and {@code to} are both
 * included (at most 400 days apart); left out, a sales report covers everything. {@code date} is the end-of-day
 * report's day (today when left out). {@code clerk} (a username) and {@code terminal} narrow the cash report.
 * {@code channels} (any of them; none or null: every channel) and {@code tier} (a tier id) narrow the sales,
 * refund and exchange reports to the tickets sold through those channels, of that tier.
 */
public record ReportQuery(LocalDate from, LocalDate to, Long event, Long venue, LocalDate date, String clerk, String terminal,
                          List<Channel> channels, Long tier) {
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String EVENT = "event";
    public static final String VENUE = "venue";
    public static final String DATE = "date";
    public static final String CLERK = "clerk";
    public static final String TERMINAL = "terminal";
    /** Repeated for several: {@code channel=CLERK&channel=KIOSK}. */
    public static final String CHANNEL = "channel";
    public static final String TIER = "tier";
    public static final int MAX_DAYS = 400;

    public ReportQuery {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    public static ReportQuery days(LocalDate from, LocalDate to) {
        return new ReportQuery(from, to, null, null, null, null, null, null, null);
    }

    public static ReportQuery endOfDay(LocalDate date, Long venue) {
        return new ReportQuery(null, null, null, venue, date, null, null, null, null);
    }

    public ReportQuery withEvent(Long event) {
        return new ReportQuery(from, to, event, venue, date, clerk, terminal, channels, tier);
    }

    public ReportQuery withChannels(List<Channel> channels) {
        return new ReportQuery(from, to, event, venue, date, clerk, terminal, channels, tier);
    }

    public ReportQuery withTier(Long tier) {
        return new ReportQuery(from, to, event, venue, date, clerk, terminal, channels, tier);
    }

    /** "?from=...&to=..." with only the parameters set; "" when none is. */
    public String toQueryString() {
        QueryString q = new QueryString().add(FROM, from).add(TO, to).add(EVENT, event).add(VENUE, venue).add(DATE, date)
                .add(CLERK, clerk).add(TERMINAL, terminal);
        channels.forEach(c -> q.add(CHANNEL, c));
        return q.add(TIER, tier).toString();
    }
}
