package dev.tiketi.server.cash;

import dev.tiketi.model.auth.Role;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.CashReport;
import dev.tiketi.model.sales.CashSessionView;
import dev.tiketi.model.sales.TenderTotals;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.server.audit.AuditLog;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.error.ApiException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clerk's cash drawer from opening float to counted close. A drawer is one clerk at one terminal (the
 * X-Tiketi-Terminal header): cash is taken or paid out only against the session open for that clerk at that
 * terminal, and every payment made there (cash or card) is recorded against it, so the report's expected cash
 * follows from the payments themselves rather than from a running total that could drift, and a clerk's
 * sales at another terminal never land in this drawer.
 */
@Service
public class CashSessions {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CashSessions(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CashSessionView open(CurrentUser user, String terminal, long openingFloat) {
        requireCounterStaff(user);
        long id;
        try {
            id = jdbc.sql("""
                    insert into cash_session (clerk_id, terminal, opened_at, opening_float) values (?, ?, ?, ?) returning id""")
                    .params(user.id(), terminalName(terminal), Timestamp.from(clock.instant()), openingFloat).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ApiException(ErrorCode.CASH_SESSION_ALREADY_OPEN);
        }
        audit.record("CASH_SESSION_OPENED", "cash_session", id, Map.of("openingFloat", openingFloat));
        return find(id).orElseThrow();
    }

    /** The caller's session open at this terminal. */
    public Optional<CashSessionView> current(CurrentUser user, String terminal) {
        requireCounterStaff(user);
        return jdbc.sql("select * from cash_session where clerk_id = ? and coalesce(terminal, '') = ? and closed_at is null")
                .params(user.id(), coalesce(terminal)).query(CashSessions::view).optional();
    }

    /** The session open for this user at this terminal, if any: what they take and pay out there is recorded against it. */
    public Long openSessionId(long userId, String terminal) {
        return jdbc.sql("select id from cash_session where clerk_id = ? and coalesce(terminal, '') = ? and closed_at is null")
                .params(userId, coalesce(terminal)).query(Long.class).optional().orElse(null);
    }

    /**
     * The refusal of cash at a terminal where the clerk has no drawer open. It names the terminals where one is
     * open, since "open a cash session" is confusing to a clerk who did open one, at another counter.
     */
    public ApiException noDrawerAt(long userId, String terminal) {
        List<String> elsewhere = jdbc.sql("""
                select coalesce(terminal, '') from cash_session where clerk_id = ? and closed_at is null order by opened_at""")
                .param(userId).query(String.class).list();
        if (elsewhere.isEmpty()) {
            return new ApiException(ErrorCode.CASH_SESSION_REQUIRED);
        }
        return new ApiException(ErrorCode.CASH_SESSION_REQUIRED, "Your cash drawer is open at "
                + String.join(", ", elsewhere.stream().map(CashSessions::label).toList()) + ", not at " + label(coalesce(terminal))
                + ": open a cash session at this terminal to take or return cash here.");
    }

    /** How a terminal name is stored: stripped, and no name (or a blank one) as null. */
    static String terminalName(String terminal) {
        return terminal == null || terminal.isBlank() ? null : terminal.strip();
    }

    private static String coalesce(String terminal) {
        String name = terminalName(terminal);
        return name == null ? "" : name;
    }

    private static String label(String terminal) {
        return terminal.isEmpty() ? "(no terminal)" : terminal;
    }

    /**
     * Locks the session against closing until the caller's transaction ends; false if it is closed. A cash
     * sale or refund calls this in its transaction, so no payment lands in a drawer already counted.
     */
    public boolean lockOpen(long sessionId) {
        return jdbc.sql("select id from cash_session where id = ? and closed_at is null for share")
                .param(sessionId).query(Long.class).optional().isPresent();
    }

    @Transactional
    public CashReport close(long id, CurrentUser user, long counted) {
        CashSessionView session = jdbc.sql("select * from cash_session where id = ? for update").param(id)
                .query(CashSessions::view).optional()
                .filter(s -> s.clerkId() == user.id() || user.isAdmin())
                .orElseThrow(() -> new ApiException(ErrorCode.CASH_SESSION_NOT_FOUND));
        if (session.closedAt() != null) {
            throw new ApiException(ErrorCode.CASH_SESSION_CLOSED);
        }
        long expected = expectedCash(id, session.openingFloat());
        jdbc.sql("update cash_session set closed_at = ?, counted_cash = ?, expected_cash = ? where id = ?")
                .params(Timestamp.from(clock.instant()), counted, expected, id).update();
        audit.record("CASH_SESSION_CLOSED", "cash_session", id, Map.of("counted", counted, "expected", expected,
                "variance", counted - expected));
        return report(id, user);
    }

    @Transactional(readOnly = true)
    public CashReport report(long id, CurrentUser user) {
        record Row(long clerkId, String clerkName, String terminal, Instant opened, Instant closed, long openingFloat, Long counted) {
        }
        Row s = jdbc.sql("""
                select c.*, u.username from cash_session c join app_user u on u.id = c.clerk_id where c.id = ?""")
                .param(id)
                .query((rs, n) -> new Row(rs.getLong("clerk_id"), rs.getString("username"), rs.getString("terminal"),
                        rs.getTimestamp("opened_at").toInstant(), instant(rs.getTimestamp("closed_at")),
                        rs.getLong("opening_float"), (Long) rs.getObject("counted_cash", Long.class)))
                .optional()
                .filter(r -> r.clerkId() == user.id() || user.isAdmin())
                .orElseThrow(() -> new ApiException(ErrorCode.CASH_SESSION_NOT_FOUND));
        List<TenderTotals> byTender = new ArrayList<>();
        for (TenderType tender : List.of(TenderType.CASH, TenderType.CARD)) {
            byTender.add(jdbc.sql("""
                    select coalesce(sum(amount) filter (where kind = 'SALE'), 0), count(*) filter (where kind = 'SALE'),
                           coalesce(sum(amount) filter (where kind = 'REFUND'), 0), count(*) filter (where kind = 'REFUND')
                    from payment where cash_session_id = ? and tender = ?""")
                    .params(id, tender.name())
                    .query((rs, n) -> new TenderTotals(tender, rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)))
                    .single());
        }
        long expected = expectedCash(id, s.openingFloat());
        int orders = count("select count(*) from customer_order where cash_session_id = ?", id);
        int sold = count("select count(*) from ticket t join customer_order o on o.id = t.order_id where o.cash_session_id = ?", id);
        int refunded = count("select count(*) from ticket where changed_session_id = ? and state = 'REFUNDED'", id);
        int voids = count("select count(*) from payment_void where cash_session_id = ?", id);
        int reprints = count("select count(*) from ticket_print where cash_session_id = ? and reprint", id);
        return new CashReport(id, s.clerkId(), s.clerkName(), s.terminal(), s.opened(), s.closed(), s.openingFloat(), expected,
                s.counted(), s.counted() == null ? null : s.counted() - expected, byTender, orders, sold, refunded, voids, reprints);
    }

    private long expectedCash(long id, long openingFloat) {
        return openingFloat + jdbc.sql("""
                select coalesce(sum(case when kind = 'SALE' then amount else -amount end), 0)
                from payment where cash_session_id = ? and tender = 'CASH'""").param(id).query(Long.class).single();
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }

    private static void requireCounterStaff(CurrentUser user) {
        if (user.role() != Role.CLERK && user.role() != Role.ADMIN) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Cash sessions are for box-office staff.");
        }
    }

    private Optional<CashSessionView> find(long id) {
        return jdbc.sql("select * from cash_session where id = ?").param(id).query(CashSessions::view).optional();
    }

    private static CashSessionView view(ResultSet rs, int n) throws SQLException {
        return new CashSessionView(rs.getLong("id"), rs.getLong("clerk_id"), rs.getString("terminal"),
                rs.getTimestamp("opened_at").toInstant(), rs.getLong("opening_float"), instant(rs.getTimestamp("closed_at")),
                (Long) rs.getObject("counted_cash", Long.class));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
