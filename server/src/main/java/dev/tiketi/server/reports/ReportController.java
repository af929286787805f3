package dev.tiketi.server.reports;

import dev.tiketi.model.ApiPaths;
import dev.tiketi.model.admin.CashSessionsReport;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.admin.ExchangeReport;
import dev.tiketi.model.admin.RefundReport;
import dev.tiketi.model.admin.ReportQuery;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin's reports, as JSON and as CSV (the same path + ".csv"). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ReportController {
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final SalesReports sales;
    private final CashReports cash;
    private final ReportDays days;
    private final Clock clock;

    ReportController(SalesReports sales, CashReports cash, ReportDays days, Clock clock) {
        this.sales = sales;
        this.cash = cash;
        this.days = days;
        this.clock = clock;
    }

    @Operation(summary = "Tickets sold, refunded and exchanged by event, day (the venue's zone), channel and tier, with totals "
            + "that add up to the orders. from/to (both or neither) are days, both included; channel (repeatable) and tier narrow "
            + "the tickets counted.")
    @GetMapping(ApiPaths.ADMIN_REPORT_SALES)
    SalesReport sales(@RequestParam(name = ReportQuery.FROM, required = false) LocalDate from,
                      @RequestParam(name = ReportQuery.TO, required = false) LocalDate to,
                      @RequestParam(name = ReportQuery.EVENT, required = false) @Positive Long event,
            @RequestParam(name = ReportQuery.CHANNEL, required = false) @Size(max = 8) List<Channel> channel,
            @RequestParam(name = ReportQuery.TIER, required = false) @Positive Long tier) {
        ReportDays.checkRange(from, to, false);
        return sales.sales(from, to, event, channels(channel), tier);
    }

    @GetMapping(ApiPaths.ADMIN_REPORT_SALES + ApiPaths.CSV)
    ResponseEntity<String> salesCsv(@RequestParam(name = ReportQuery.FROM, required = false) LocalDate from,
                                    @RequestParam(name = ReportQuery.TO, required = false) LocalDate to,
                                    @RequestParam(name = ReportQuery.EVENT, required = false) @Positive Long event,
            @RequestParam(name = ReportQuery.CHANNEL, required = false) @Size(max = 8) List<Channel> channel,
            @RequestParam(name = ReportQuery.TIER, required = false) @Positive Long tier) {
        return csv("sales", ReportCsv.sales(sales(from, to, event, channel, tier)));
    }

    @Operation(summary = "Refunds: the tickets of an order refunded together, with card and cash parts.")
    @GetMapping(ApiPaths.ADMIN_REPORT_REFUNDS)
    RefundReport refunds(@RequestParam(name = ReportQuery.FROM, required = false) LocalDate from,
                         @RequestParam(name = ReportQuery.TO, required = false) LocalDate to,
                         @RequestParam(name = ReportQuery.EVENT, required = false) @Positive Long event,
            @RequestParam(name = ReportQuery.CHANNEL, required = false) @Size(max = 8) List<Channel> channel,
            @RequestParam(name = ReportQuery.TIER, required = false) @Positive Long tier) {
        ReportDays.checkRange(from, to, false);
        return sales.refunds(from, to, event, channels(channel), tier);
    }

    @GetMapping(ApiPaths.ADMIN_REPORT_REFUNDS + ApiPaths.CSV)
    ResponseEntity<String> refundsCsv(@RequestParam(name = ReportQuery.FROM, required = false) LocalDate from,
                                      @RequestParam(name = ReportQuery.TO, required = false) LocalDate to,
                                      @RequestParam(name = ReportQuery.EVENT, required = false) @Positive Long event,
            @RequestParam(name = ReportQuery.CHANNEL, required = false) @Size(max = 8) List<Channel> channel,
            @RequestParam(name = ReportQuery.TIER, required = false) @Positive Long tier) {
        return csv("refunds", ReportCsv.refunds(refunds(from, to, event, channel, tier)));
    }

    @Operation(summary = "Exchanges: which ticket became which, and the difference charged or refunded.")
    @GetMapping(ApiPaths.ADMIN_REPORT_EXCHANGES)
    ExchangeReport exchanges(@RequestParam(name = ReportQuery.FROM, required = false) LocalDate from,
                             @RequestParam(name = ReportQuery.TO, required = false) LocalDate to,
                             @RequestParam(name = ReportQuery.EVENT, required = false) @Positive Long event,
            @RequestParam(name = ReportQuery.CHANNEL, required = false) @Size(max = 8) List<Channel> channel,
            @RequestParam(name = ReportQuery.TIER, required = false) @Positive Long tier) {
        ReportDays.checkRange(from, to, false);
        return sales.exchanges(from, to, event, channels(channel), tier);
    }

    @GetMapping(ApiPaths.ADMIN_REPORT_EXCHANGES + ApiPaths.CSV)
    ResponseEntity<String> exchangesCsv(@RequestParam(name = ReportQuery.FROM, required = false) LocalDate from,
                                        @RequestParam(name = ReportQuery.TO, required = false) LocalDate to,
                                        @RequestParam(name = ReportQuery.EVENT, required = false) @Positive Long event,
            @RequestParam(name = ReportQuery.CHANNEL, required = false) @Size(max = 8) List<Channel> channel,
            @RequestParam(name = ReportQuery.TIER, required = false) @Positive Long tier) {
        return csv("exchanges", ReportCsv.exchanges(exchanges(from, to, event, channel, tier)));
    }

    @Operation(summary = "Cash sessions opened on the days from..to (both needed; the zone of 'venue', else the server's), "
            + "each with its variance, and their sums by clerk and by terminal; narrowed by clerk (username) and terminal.")
    @GetMapping(ApiPaths.ADMIN_REPORT_CASH_SESSIONS)
    CashSessionsReport cashSessions(@RequestParam(name = ReportQuery.FROM, required = false) LocalDate from,
                                    @RequestParam(name = ReportQuery.TO, required = false) LocalDate to,
                                    @RequestParam(name = ReportQuery.VENUE, required = false) @Positive Long venue,
                                    @RequestParam(name = ReportQuery.CLERK, required = false) @Size(max = 64) String clerk,
                                    @RequestParam(name = ReportQuery.TERMINAL, required = false) @Size(max = 64) String terminal,
                                    @AuthenticationPrincipal CurrentUser admin) {
        ReportDays.checkRange(from, to, true);
        return cash.sessions(from, to, days.zone(venue), blankToNull(clerk), terminal == null ? null : terminal.strip(), admin);
    }

    @GetMapping(ApiPaths.ADMIN_REPORT_CASH_SESSIONS + ApiPaths.CSV)
    ResponseEntity<String> cashSessionsCsv(@RequestParam(name = ReportQuery.FROM, required = false) LocalDate from,
                                           @RequestParam(name = ReportQuery.TO, required = false) LocalDate to,
                                           @RequestParam(name = ReportQuery.VENUE, required = false) @Positive Long venue,
                                           @RequestParam(name = ReportQuery.CLERK, required = false) @Size(max = 64) String clerk,
                                           @RequestParam(name = ReportQuery.TERMINAL, required = false) @Size(max = 64) String terminal,
                                           @AuthenticationPrincipal CurrentUser admin) {
        return csv("cash-sessions", ReportCsv.cashSessions(cashSessions(from, to, venue, clerk, terminal, admin)));
    }

    @Operation(summary = "End of day: every cash session opened on 'date' (today when left out) across counters and clerks, "
            + "with variances, sums by clerk and terminal, and the day's ticket sales.")
    @GetMapping(ApiPaths.ADMIN_REPORT_END_OF_DAY)
    EndOfDayReport endOfDay(@RequestParam(name = ReportQuery.DATE, required = false) LocalDate date,
                            @RequestParam(name = ReportQuery.VENUE, required = false) @Positive Long venue,
                            @AuthenticationPrincipal CurrentUser admin) {
        ReportDays.check(ReportQuery.DATE, date);
        ZoneId zone = days.zone(venue);
        return cash.endOfDay(date != null ? date : LocalDate.ofInstant(clock.instant(), zone), zone, admin);
    }

    @GetMapping(ApiPaths.ADMIN_REPORT_END_OF_DAY + ApiPaths.CSV)
    ResponseEntity<String> endOfDayCsv(@RequestParam(name = ReportQuery.DATE, required = false) LocalDate date,
                                       @RequestParam(name = ReportQuery.VENUE, required = false) @Positive Long venue,
                                       @AuthenticationPrincipal CurrentUser admin) {
        return csv("end-of-day", ReportCsv.endOfDay(endOfDay(date, venue, admin)));
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok().contentType(CSV).header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .body(body);
    }

    /** Spring turns an empty {@code channel=} into a null element: that names no channel, so it is refused. */
    private static List<Channel> channels(List<Channel> channel) {
        if (channel != null && channel.contains(null)) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "Parameter 'channel' must be one of CLERK, KIOSK, ONLINE.");
        }
        return channel == null ? List.of() : channel;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
