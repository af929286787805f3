package dev.tiketi.server.reports;

import dev.tiketi.model.admin.CashSessionsReport;
import dev.tiketi.model.admin.CashTotals;
import dev.tiketi.model.admin.EndOfDayReport;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.TenderTotals;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.cash.CashSessions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cash sessions across counters and clerks: each session's own reckoning ({@link CashSessions#report}, the
 * same the clerk sees at cash-up), added up by clerk, by terminal and in all.
 */
@Service
class CashReports {
    static final String NO_TERMINAL = "";

    private final JdbcClient jdbc;
    private final CashSessions cash;
    private final SalesReports sales;

    CashReports(JdbcClient jdbc, CashSessions cash, SalesReports sales) {
        this.jdbc = jdbc;
        this.cash = cash;
        this.sales = sales;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    CashSessionsReport sessions(LocalDate from, LocalDate to, ZoneId zone, String clerk, String terminal, CurrentUser admin) {
        List<CashReport> sessions = reports(from, to, zone, clerk, terminal, admin);
        return new CashSessionsReport(from, to, zone.getId(), sessions, group(sessions, CashReport::clerkName),
                group(sessions, s -> s.terminal() == null ? NO_TERMINAL : s.terminal()), add("all", sessions));
    }

    /** Every drawer opened on the day, whoever and wherever, with the day's ticket sales. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    EndOfDayReport endOfDay(LocalDate date, ZoneId zone, CurrentUser admin) {
        List<CashReport> sessions = reports(date, date, zone, null, null, admin);
        return new EndOfDayReport(date, zone.getId(), sessions, group(sessions, CashReport::clerkName),
                group(sessions, s -> s.terminal() == null ? NO_TERMINAL : s.terminal()), add("all", sessions),
                SalesReports.totals(sales.sales(date, date, null, List.of(), null).rows()));
    }

    private List<CashReport> reports(LocalDate from, LocalDate to, ZoneId zone, String clerk, String terminal, CurrentUser admin) {
        List<Long> ids = jdbc.sql("""
                select c.id from cash_session c join app_user u on u.id = c.clerk_id
                where (c.opened_at at time zone :zone)::date between :from and :to
                  and (cast(:clerk as text) is null or lower(u.username) = lower(:clerk))
                  and (cast(:terminal as text) is null or coalesce(c.terminal, '') = :terminal)
                order by c.opened_at, c.id""")
                .param("zone", zone.getId()).param("from", from).param("to", to)
                .param("clerk", clerk, java.sql.Types.VARCHAR).param("terminal", terminal, java.sql.Types.VARCHAR)
                .query(Long.class).list();
        List<CashReport> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(cash.report(id, admin)));
        return out;
    }

    private static List<CashTotals> group(List<CashReport> sessions, Function<CashReport, String> key) {
        Map<String, List<CashReport>> by = new TreeMap<>();
        sessions.forEach(s -> by.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        List<CashTotals> out = new ArrayList<>();
        by.forEach((name, list) -> out.add(add(name, list)));
        return out;
    }

    static CashTotals add(String name, List<CashReport> sessions) {
        int open = 0;
        long opening = 0;
        long expected = 0;
        long counted = 0;
        long variance = 0;
        long[] tender = new long[4];
        for (CashReport s : sessions) {
            opening += s.openingFloat();
            expected += s.expectedCash();
            if (s.closedAt() == null) {
                open++;
            } else {
                counted += s.countedCash();
                variance += s.variance();
            }
            for (TenderTotals t : s.byTender()) {
                int at = t.tender() == TenderType.CASH ? 0 : t.tender() == TenderType.CARD ? 2 : -1;
                if (at >= 0) {
                    tender[at] += t.sales();
                    tender[at + 1] += t.refunds();
                }
            }
        }
        return new CashTotals(name, sessions.size(), open, opening, expected, counted, variance, tender[0], tender[1],
                tender[2], tender[3]);
    }
}
