package dev.tiketi.desktop.admin.reports;

import dev.tiketi.desktop.admin.reports.ReportTable.Column;
import dev.tiketi.desktop.admin.reports.ReportTable.Part;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.admin.CashTotals;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.admin.ExchangeReport;
import dev.tiketi.model.admin.ExchangeReportRow;
import dev.tiketi.model.admin.RefundReport;
import dev.tiketi.model.admin.RefundReportRow;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.admin.SalesReportRow;
import dev.tiketi.model.admin.SalesTotals;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.Channel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns the server's report records into {@link ReportTable}s in the terminal's language. */
public final class ReportTables {
    private final Messages m;

    public ReportTables(Messages m) {
        this.m = m;
    }

    public String title(ReportKind kind) {
        return m.text("reports.kind." + kind.name());
    }

    public String channel(Channel c) {
        return m.text("reports.channel." + c.name());
    }

    /** The sales rows added up along the kind's dimension, in the server's order (days ascending). */
    public Part sales(ReportKind kind, SalesReport report) {
        Function<SalesReportRow, String> key = switch (kind) {
            case SALES_BY_EVENT -> SalesReportRow::eventName;
            case SALES_BY_DAY -> r -> m.date(r.day());
            case SALES_BY_CHANNEL -> r -> channel(r.channel());
            case SALES_BY_TIER -> r -> r.eventName() + " · " + r.tierName();
            default -> throw new IllegalArgumentException(kind + " is not a sales report");
        };
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> currencies = new LinkedHashMap<>();
        for (SalesReportRow r : report.rows()) {
            long[] s = sums.computeIfAbsent(key.apply(r), k -> new long[7]);
            s[0] += r.sold();
            s[1] += r.soldAmount();
            s[2] += r.refunded();
            s[3] += r.refundedAmount();
            s[4] += r.exchanged();
            s[5] += r.exchangedAmount();
            s[6] += r.net();
            currencies.putIfAbsent(key.apply(r), r.currency());
        }
        String heading = m.text("reports.col." + kind.name());
        List<List<String>> rows = new ArrayList<>();
        sums.forEach((k, s) -> rows.add(salesCells(k, s, currencies.get(k))));
        String currency = report.rows().isEmpty() ? null : report.rows().get(0).currency();
        SalesTotals t = report.totals();
        List<String> totals = salesCells(m.text("reports.total"), new long[] {t.sold(), t.soldAmount(), t.refunded(),
                t.refundedAmount(), t.exchanged(), t.exchangedAmount(), t.net()}, currency);
        return new Part(title(kind), List.of(Column.text(heading), Column.number(m.text("reports.col.sold")),
                Column.number(m.text("reports.col.soldAmount")), Column.number(m.text("reports.col.refunded")),
                Column.number(m.text("reports.col.refundedAmount")), Column.number(m.text("reports.col.exchanged")),
                Column.number(m.text("reports.col.exchangedAmount")), Column.number(m.text("reports.col.net"))), rows, totals);
    }

    private List<String> salesCells(String key, long[] s, String currency) {
        return List.of(key, count(s[0]), m.money(s[1], currency), count(s[2]), m.money(s[3], currency), count(s[4]),
                m.money(s[5], currency), m.money(s[6], currency));
    }

    public Part refunds(RefundReport report) {
        List<List<String>> rows = new ArrayList<>();
        long card = 0;
        long cash = 0;
        for (RefundReportRow r : report.rows()) {
            rows.add(List.of(m.dateTime(r.at()), r.orderNo(), r.eventName(), channel(r.channel()), count(r.tickets()),
                    m.money(r.amount(), (String) null), m.money(r.cardAmount(), (String) null), m.money(r.cashAmount(), (String) null),
                    nonNull(r.refundedBy()), nonNull(r.terminal())));
            card += r.cardAmount();
            cash += r.cashAmount();
        }
        return new Part(title(ReportKind.REFUNDS), List.of(Column.text(m.text("reports.col.at")), Column.text(m.text("reports.col.order")),
                Column.text(m.text("reports.col.event")), Column.text(m.text("reports.col.channel")),
                Column.number(m.text("reports.col.tickets")), Column.number(m.text("reports.col.amount")),
                Column.number(m.text("reports.col.card")), Column.number(m.text("reports.col.cash")),
                Column.text(m.text("reports.col.by")), Column.text(m.text("reports.col.terminal"))), rows,
                List.of(m.text("reports.total"), "", "", "", count(report.tickets()), m.money(report.amount(), (String) null),
                        m.money(card, (String) null), m.money(cash, (String) null), "", ""));
    }

    public Part exchanges(ExchangeReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (ExchangeReportRow r : report.rows()) {
            rows.add(List.of(m.dateTime(r.at()), r.orderNo(), r.fromEvent(), r.fromSeat(), m.money(r.fromPrice(), (String) null),
                    r.toEvent(), r.toSeat(), m.money(r.toPrice(), (String) null), m.money(r.difference(), (String) null)));
        }
        return new Part(title(ReportKind.EXCHANGES), List.of(Column.text(m.text("reports.col.at")),
                Column.text(m.text("reports.col.order")), Column.text(m.text("reports.col.fromEvent")),
                Column.text(m.text("reports.col.fromSeat")), Column.number(m.text("reports.col.fromPrice")),
                Column.text(m.text("reports.col.toEvent")), Column.text(m.text("reports.col.toSeat")),
                Column.number(m.text("reports.col.toPrice")), Column.number(m.text("reports.col.difference"))), rows,
                List.of(m.text("reports.total"), count(report.rows().size()), "", "", "", "", "", "",
                        m.money(report.difference(), (String) null)));
    }

    /** Every drawer with its variance, then their sums by clerk and by terminal. */
    public List<Part> cash(List<CashReport> sessions, List<CashTotals> byClerk, List<CashTotals> byTerminal, CashTotals total) {
        List<List<String>> rows = new ArrayList<>();
        for (CashReport s : sessions) {
            rows.add(List.of(s.clerkName(), s.terminal(), m.dateTime(s.openedAt()), m.dateTime(s.closedAt()), m.cash(s.openingFloat()),
                    m.cash(s.expectedCash()), s.countedCash() == null ? "—" : m.cash(s.countedCash()),
                    s.variance() == null ? m.text("reports.open") : m.cash(s.variance())));
        }
        Part drawers = new Part(m.text("reports.part.sessions"), List.of(Column.text(m.text("reports.col.clerk")),
                Column.text(m.text("reports.col.terminal")), Column.text(m.text("reports.col.opened")),
                Column.text(m.text("reports.col.closed")), Column.number(m.text("reports.col.float")),
                Column.number(m.text("reports.col.expected")), Column.number(m.text("reports.col.counted")),
                Column.number(m.text("reports.col.variance"))), rows,
                List.of(m.text("reports.total"), m.text("reports.sessionsCount", total.sessions()), "", open(total), m.cash(total.openingFloat()),
                        m.cash(total.expectedCash()), m.cash(total.countedCash()), m.cash(total.variance())));
        return List.of(drawers, totals(m.text("reports.part.byClerk"), m.text("reports.col.clerk"), byClerk, total),
                totals(m.text("reports.part.byTerminal"), m.text("reports.col.terminal"), byTerminal, total));
    }

    private Part totals(String title, String heading, List<CashTotals> groups, CashTotals total) {
        List<List<String>> rows = groups.stream().map(this::totalCells).toList();
        List<String> sum = new ArrayList<>(totalCells(total));
        sum.set(0, m.text("reports.total"));
        return new Part(title, List.of(Column.text(heading), Column.number(m.text("reports.col.sessions")),
                Column.number(m.text("reports.col.expected")), Column.number(m.text("reports.col.counted")),
                Column.number(m.text("reports.col.variance")), Column.number(m.text("reports.col.cashSales")),
                Column.number(m.text("reports.col.cashRefunds")), Column.number(m.text("reports.col.cardSales")),
                Column.number(m.text("reports.col.cardRefunds"))), rows, sum);
    }

    private List<String> totalCells(CashTotals t) {
        return List.of(t.name(), count(t.sessions()), m.cash(t.expectedCash()), m.cash(t.countedCash()), m.cash(t.variance()),
                m.cash(t.cashSales()), m.cash(t.cashRefunds()), m.cash(t.cardSales()), m.cash(t.cardRefunds()));
    }

    /** The day's ticket sales, as one line under the title of the end-of-day report. */
    public String daySales(EndOfDayReport report) {
        SalesTotals s = report.sales();
        return m.text("reports.daySales", s.sold(), m.cash(s.soldAmount()), s.refunded(), m.cash(s.refundedAmount()), m.cash(s.net()));
    }

    private String open(CashTotals t) {
        return t.openSessions() == 0 ? "" : m.text("reports.openCount", t.openSessions());
    }

    private String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(m.locale()).format(n);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
