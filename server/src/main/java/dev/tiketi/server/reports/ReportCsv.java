package dev.tiketi.server.reports;

import dev.tiketi.model.admin.CashTotals;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.admin.ExchangeReport;
import dev.tiketi.model.admin.ExchangeReportRow;
import dev.tiketi.model.admin.RefundReport;
import dev.tiketi.model.admin.RefundReportRow;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.admin.SalesReportRow;
import dev.tiketi.model.admin.CashSessionsReport;
import dev.tiketi.model.admin.SalesTotals;
import dev.tiketi.model.sales.CashReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The reports as CSV (RFC 4180 through Apache Commons CSV: quotes, commas and line breaks in names are
 * escaped by the library, not by hand). Starts with a UTF-8 byte-order mark, so spreadsheet programs read
 * Korean names as Korean. Money is in whole units, as in the JSON.
 */
final class ReportCsv {
    private static final String BOM = "\uFEFF";

    private ReportCsv() {
    }

    @FunctionalInterface
    private interface Rows {
        void print(CSVPrinter out) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter text = new StringWriter().append(BOM);
        try (CSVPrinter out = CSVFormat.RFC4180.builder().setHeader(header).get().print(text)) {
            rows.print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String sales(SalesReport report) {
        return csv(new String[] {"day", "event_id", "event", "channel", "tier_id", "tier", "tier_name", "currency", "sold",
                "sold_amount", "refunded", "refunded_amount", "exchanged", "exchanged_amount", "net"}, out -> {
            for (SalesReportRow r : report.rows()) {
                out.printRecord(r.day(), r.eventId(), r.eventName(), r.channel(), r.tierId(), r.tierCode(), r.tierName(),
                        r.currency(), r.sold(), r.soldAmount(), r.refunded(), r.refundedAmount(), r.exchanged(),
                        r.exchangedAmount(), r.net());
            }
            SalesTotals t = report.totals();
            out.printRecord("total", "", "", "", "", "", "", "", t.sold(), t.soldAmount(), t.refunded(), t.refundedAmount(),
                    t.exchanged(), t.exchangedAmount(), t.net());
        });
    }

    static String refunds(RefundReport report) {
        return csv(new String[] {"at", "day", "order_id", "order_no", "event_id", "event", "channel", "tickets", "amount",
                "card", "cash", "refunded_by", "terminal"}, out -> {
            for (RefundReportRow r : report.rows()) {
                out.printRecord(r.at(), r.day(), r.orderId(), r.orderNo(), r.eventId(), r.eventName(), r.channel(), r.tickets(),
                        r.amount(), r.cardAmount(), r.cashAmount(), r.refundedBy(), r.terminal());
            }
            out.printRecord("total", "", "", "", "", "", "", report.tickets(), report.amount(), "", "", "", "");
        });
    }

    static String exchanges(ExchangeReport report) {
        return csv(new String[] {"at", "day", "order_id", "order_no", "from_ticket", "from_event", "from_seat", "from_price",
                "to_ticket", "to_event", "to_seat", "to_price", "difference"}, out -> {
            for (ExchangeReportRow r : report.rows()) {
                out.printRecord(r.at(), r.day(), r.orderId(), r.orderNo(), r.fromTicketId(), r.fromEvent(), r.fromSeat(),
                        r.fromPrice(), r.toTicketId(), r.toEvent(), r.toSeat(), r.toPrice(), r.difference());
            }
            out.printRecord("total", "", "", "", "", "", "", "", "", "", "", "", report.difference());
        });
    }

    private static final String[] SESSION_HEADER = {"row", "session_id", "clerk", "terminal", "opened_at", "closed_at",
            "sessions", "open_sessions", "opening_float", "expected_cash", "counted_cash", "variance", "cash_sales",
            "cash_refunds", "card_sales", "card_refunds"};

    static String cashSessions(CashSessionsReport report) {
        return csv(SESSION_HEADER, out -> sessions(out, report.sessions(), report.byClerk(), report.byTerminal(), report.total()));
    }

    static String endOfDay(EndOfDayReport report) {
        return csv(SESSION_HEADER, out -> sessions(out, report.sessions(), report.byClerk(), report.byTerminal(), report.total()));
    }

    private static void sessions(CSVPrinter out, List<CashReport> sessions, List<CashTotals> byClerk, List<CashTotals> byTerminal,
                                 CashTotals total) throws IOException {
        for (CashReport s : sessions) {
            CashTotals t = CashReports.add(s.clerkName(), List.of(s));
            out.printRecord("session", s.sessionId(), s.clerkName(), s.terminal(), s.openedAt(), s.closedAt(), 1,
                    t.openSessions(), t.openingFloat(), t.expectedCash(), s.countedCash(), s.variance(), t.cashSales(),
                    t.cashRefunds(), t.cardSales(), t.cardRefunds());
        }
        for (CashTotals t : byClerk) {
            totals(out, "clerk", t.name(), "", t);
        }
        for (CashTotals t : byTerminal) {
            totals(out, "terminal", "", t.name(), t);
        }
        totals(out, "total", "", "", total);
    }

    private static void totals(CSVPrinter out, String kind, String clerk, String terminal, CashTotals t) throws IOException {
        out.printRecord(kind, "", clerk, terminal, "", "", t.sessions(), t.openSessions(), t.openingFloat(), t.expectedCash(),
                t.countedCash(), t.variance(), t.cashSales(), t.cashRefunds(), t.cardSales(), t.cardRefunds());
    }
}
