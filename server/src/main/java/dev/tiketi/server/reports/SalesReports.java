package dev.tiketi.server.reports;

import dev.tiketi.model.admin.ExchangeReport;
import dev.tiketi.model.admin.ExchangeReportRow;
import dev.tiketi.model.admin.RefundReport;
import dev.tiketi.model.admin.RefundReportRow;
import dev.tiketi.model.admin.SalesReport;
import dev.tiketi.model.admin.SalesReportRow;
import dev.tiketi.model.admin.SalesTotals;
import dev.tiketi.model.sales.Channel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales, refunds and exchanges, added up in SQL from the tickets themselves (decision 0013: aggregates over the
 * sales tables stay SQL). A ticket's day is the calendar day in its event's venue's zone (the server's for an
 * event without one), so a show in Seoul closes its day at midnight in Seoul whatever the server's zone.
 */
@Service
class SalesReports {
    /** Each ticket with the zone its days are counted in, narrowed by event, channels and tier. */
    private static final String TICKETS = """
            select t.id, t.order_id, t.event_id, e.name as event_name, e.currency, t.tier_id, et.code as tier_code,
                   et.name as tier_name, t.channel, t.price, t.state, t.created_at, t.changed_at, t.seat_label,
                   t.exchanged_to, coalesce(v.time_zone, :zone) as tz
            from ticket t join event e on e.id = t.event_id join event_tier et on et.id = t.tier_id
            left join venue v on v.id = e.venue_id
            where (cast(:event as bigint) is null or t.event_id = :event)
              and (:allChannels or t.channel in (:channels))
              and (cast(:tier as bigint) is null or t.tier_id = :tier)""";

    private final JdbcClient jdbc;

    SalesReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One snapshot for the rows, so they add up to what was there at one moment. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    SalesReport sales(LocalDate from, LocalDate to, Long event, List<Channel> channels, Long tier) {
        List<SalesReportRow> rows = jdbc.sql("""
                with t as (%s),
                moves as (
                    select event_id, event_name, currency, tier_id, tier_code, tier_name, channel,
                           (created_at at time zone tz)::date as day, 1 as sold, price as sold_amount,
                           0 as refunded, 0 as refunded_amount, 0 as exchanged, 0 as exchanged_amount
                    from t
                    union all
                    select event_id, event_name, currency, tier_id, tier_code, tier_name, channel,
                           (changed_at at time zone tz)::date, 0, 0, 1, price, 0, 0
                    from t where state = 'REFUNDED'
                    union all
                    select event_id, event_name, currency, tier_id, tier_code, tier_name, channel,
                           (changed_at at time zone tz)::date, 0, 0, 0, 0, 1, price
                    from t where state = 'EXCHANGED')
                select event_id, event_name, day, channel, tier_id, tier_code, tier_name, currency,
                       sum(sold) as sold, sum(sold_amount) as sold_amount, sum(refunded) as refunded,
                       sum(refunded_amount) as refunded_amount, sum(exchanged) as exchanged,
                       sum(exchanged_amount) as exchanged_amount
                from moves
                where (cast(:from as date) is null or day >= :from) and (cast(:to as date) is null or day <= :to)
                group by event_id, event_name, day, channel, tier_id, tier_code, tier_name, currency
                order by day, event_id, channel, tier_code""".formatted(TICKETS))
                .params(params(from, to, event, channels, tier))
                .query((rs, n) -> {
                    long sold = rs.getLong("sold_amount");
                    long refunded = rs.getLong("refunded_amount");
                    long exchanged = rs.getLong("exchanged_amount");
                    return new SalesReportRow(rs.getLong("event_id"), rs.getString("event_name"),
                            rs.getObject("day", LocalDate.class), Channel.valueOf(rs.getString("channel")), rs.getLong("tier_id"),
                            rs.getString("tier_code"), rs.getString("tier_name"), rs.getString("currency"), rs.getInt("sold"), sold,
                            rs.getInt("refunded"), refunded, rs.getInt("exchanged"), exchanged, sold - refunded - exchanged);
                })
                .list();
        return new SalesReport(from, to, event, rows, totals(rows));
    }

    static SalesTotals totals(List<SalesReportRow> rows) {
        int sold = 0;
        int refunded = 0;
        int exchanged = 0;
        long soldAmount = 0;
        long refundedAmount = 0;
        long exchangedAmount = 0;
        for (SalesReportRow r : rows) {
            sold += r.sold();
            refunded += r.refunded();
            exchanged += r.exchanged();
            soldAmount += r.soldAmount();
            refundedAmount += r.refundedAmount();
            exchangedAmount += r.exchangedAmount();
        }
        return new SalesTotals(sold, soldAmount, refunded, refundedAmount, exchanged, exchangedAmount,
                soldAmount - refundedAmount - exchangedAmount);
    }

    /**
     * Tickets refunded together (one order, one moment) are one refund; its card and cash parts are the refund
     * payments written at that same moment.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    RefundReport refunds(LocalDate from, LocalDate to, Long event, List<Channel> channels, Long tier) {
        List<RefundReportRow> rows = jdbc.sql("""
                with t as (%s)
                select r.*, o.order_no, o.channel as order_channel, p.terminal,
                       coalesce(p.card, 0) as card, coalesce(p.cash, 0) as cash, p.by_user
                from (select order_id, event_id, event_name, changed_at, (changed_at at time zone tz)::date as day,
                             count(*) as tickets, sum(price) as amount
                      from t where state = 'REFUNDED'
                      group by order_id, event_id, event_name, changed_at, tz) r
                join customer_order o on o.id = r.order_id
                left join lateral (
                    select sum(amount) filter (where tender = 'CARD') as card, sum(amount) filter (where tender = 'CASH') as cash,
                           min(u.username) as by_user, min(cs.terminal) as terminal
                    from payment pay join app_user u on u.id = pay.created_by
                    left join cash_session cs on cs.id = pay.cash_session_id
                    where pay.order_id = r.order_id and pay.kind = 'REFUND' and pay.created_at = r.changed_at) p on true
                where (cast(:from as date) is null or r.day >= :from) and (cast(:to as date) is null or r.day <= :to)
                order by r.changed_at, r.order_id""".formatted(TICKETS))
                .params(params(from, to, event, channels, tier))
                .query((rs, n) -> new RefundReportRow(rs.getLong("order_id"), rs.getString("order_no"), rs.getLong("event_id"),
                        rs.getString("event_name"), rs.getObject("day", LocalDate.class), rs.getTimestamp("changed_at").toInstant(),
                        Channel.valueOf(rs.getString("order_channel")), rs.getInt("tickets"), rs.getLong("amount"),
                        rs.getLong("card"), rs.getLong("cash"), rs.getString("by_user"), rs.getString("terminal")))
                .list();
        return new RefundReport(from, to, event, rows, rows.stream().mapToInt(RefundReportRow::tickets).sum(),
                rows.stream().mapToLong(RefundReportRow::amount).sum());
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ExchangeReport exchanges(LocalDate from, LocalDate to, Long event, List<Channel> channels, Long tier) {
        List<ExchangeReportRow> rows = jdbc.sql("""
                with t as (%s)
                select old.order_id, o.order_no, (old.changed_at at time zone old.tz)::date as day, old.changed_at,
                       old.id as from_id, old.event_id as from_event_id, old.event_name as from_event,
                       coalesce(old.seat_label, old.tier_code) as from_seat, old.price as from_price,
                       n.id as to_id, n.event_id as to_event_id, ne.name as to_event,
                       coalesce(n.seat_label, nt.code) as to_seat, n.price as to_price
                from t old join customer_order o on o.id = old.order_id
                join ticket n on n.id = old.exchanged_to join event ne on ne.id = n.event_id
                join event_tier nt on nt.id = n.tier_id
                where old.state = 'EXCHANGED'
                  and (cast(:from as date) is null or (old.changed_at at time zone old.tz)::date >= :from)
                  and (cast(:to as date) is null or (old.changed_at at time zone old.tz)::date <= :to)
                order by old.changed_at, old.id""".formatted(TICKETS))
                .params(params(from, to, event, channels, tier))
                .query((rs, n) -> new ExchangeReportRow(rs.getLong("order_id"), rs.getString("order_no"),
                        rs.getObject("day", LocalDate.class), rs.getTimestamp("changed_at").toInstant(), rs.getLong("from_id"),
                        rs.getLong("from_event_id"), rs.getString("from_event"), rs.getString("from_seat"), rs.getLong("from_price"),
                        rs.getLong("to_id"), rs.getLong("to_event_id"), rs.getString("to_event"), rs.getString("to_seat"),
                        rs.getLong("to_price"), rs.getLong("to_price") - rs.getLong("from_price")))
                .list();
        return new ExchangeReport(from, to, event, rows, rows.stream().mapToLong(ExchangeReportRow::difference).sum());
    }

    private static Map<String, Object> params(LocalDate from, LocalDate to, Long event, List<Channel> channels, Long tier) {
        Map<String, Object> p = new HashMap<>();
        // an empty IN list is not SQL: "every channel" is a flag, and the list then holds a value never used
        p.put("allChannels", channels.isEmpty());
        p.put("channels", channels.isEmpty() ? List.of("") : channels.stream().map(Channel::name).distinct().toList());
        p.put("tier", tier);
        p.put("zone", ZoneId.systemDefault().getId());
        p.put("event", event);
        p.put("from", from);
        p.put("to", to);
        return p;
    }
}
