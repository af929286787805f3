package dev.tiketi.server.orders;

import dev.tiketi.model.common.PageResponse;
import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.OrderSummary;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.PaymentView;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.model.sales.TicketState;
import dev.tiketi.model.sales.TicketView;
import dev.tiketi.server.auth.CurrentUser;
import dev.tiketi.server.catalog.VenueZones;
import dev.tiketi.model.auth.Role;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads orders as clients see them, and the look-up used at the counter. */
@Component
class OrderViews {
    private final JdbcClient jdbc;

    OrderViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrderView view(long id) {
        return find(id).orElseThrow();
    }

    Optional<OrderView> find(long id) {
        List<TicketView> tickets = jdbc.sql("""
                select t.*, et.code as tier_code, et.name as tier_name, e.name as event_name, e.starts_at,
                       v.name as venue_name, v.time_zone
                from ticket t join event_tier et on et.id = t.tier_id join event e on e.id = t.event_id
                left join venue v on v.id = e.venue_id
                where t.order_id = ? order by t.id""")
                .param(id)
                .query((rs, n) -> new TicketView(rs.getLong("id"), rs.getString("code"), rs.getLong("event_id"),
                        rs.getString("event_name"), rs.getTimestamp("starts_at").toInstant(), (Long) rs.getObject("seat_id", Long.class), rs.getString("seat_label"), rs.getLong("tier_id"),
                        rs.getString("tier_code"), rs.getString("tier_name"), rs.getLong("price"),
                        TicketState.valueOf(rs.getString("state")), Channel.valueOf(rs.getString("channel")),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("venue_name"),
                        VenueZones.effective(rs.getString("time_zone")).getId()))
                .list();
        List<PaymentView> payments = jdbc.sql("select * from payment where order_id = ? order by id").param(id)
                .query((rs, n) -> new PaymentView(TenderType.valueOf(rs.getString("tender")), "REFUND".equals(rs.getString("kind")),
                        rs.getLong("amount"), (Long) rs.getObject("tendered", Long.class),
                        (Long) rs.getObject("change_given", Long.class), rs.getString("card_last4"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        long paid = payments.stream().mapToLong(p -> p.refund() ? -p.amount() : p.amount()).sum();
        return jdbc.sql("""
                select o.*, e.name as event_name, e.starts_at, v.name as venue_name, v.time_zone
                from customer_order o join event e on e.id = o.event_id left join venue v on v.id = e.venue_id
                where o.id = ?""")
                .param(id)
                .query((rs, n) -> new OrderView(rs.getLong("id"), rs.getString("order_no"), rs.getLong("event_id"),
                        rs.getString("event_name"), rs.getTimestamp("starts_at").toInstant(),
                        OrderState.valueOf(rs.getString("state")), Channel.valueOf(rs.getString("channel")),
                        rs.getLong("total"), paid, rs.getString("currency"), rs.getString("customer_name"),
                        rs.getTimestamp("created_at").toInstant(), tickets, payments, rs.getString("venue_name"),
                        VenueZones.effective(rs.getString("time_zone")).getId()))
                .optional();
    }

    /**
     * How long a kiosk may show and reprint an order it sold. The kiosk account is shared by every customer
     * who walks up, so "its own orders" would be everyone's: it sees only what this terminal sold just now.
     */
    static final Duration KIOSK_WINDOW = Duration.ofMinutes(15);

    /** The order if the caller may see it: staff every order, a customer their own, a kiosk its latest. */
    Optional<OrderView> visible(long id, CurrentUser user, String terminal, Instant now) {
        if (!user.role().isStaff()) {
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            String clause = ownership(user, terminal, now, params);
            boolean own = jdbc.sql("select exists (select 1 from customer_order o where o.id = :id and " + clause + ")")
                    .params(params).query(Boolean.class).single();
            if (!own) {
                return Optional.empty();
            }
        }
        return find(id);
    }

    private static String ownership(CurrentUser user, String terminal, Instant now, Map<String, Object> params) {
        params.put("user", user.id());
        if (user.role() == Role.KIOSK) {
            params.put("terminal", terminal == null ? "" : terminal.strip());
            params.put("since", Timestamp.from(now.minus(KIOSK_WINDOW)));
            return "o.user_id = :user and o.terminal = :terminal and o.created_at >= :since";
        }
        return "o.user_id = :user";
    }

    record Query(String code, String orderNo, String name, Long eventId, LocalDate date) {
    }

    /** Finds orders by ticket code, order number, customer name (part of it), event and day bought. */
    PageResponse<OrderSummary> search(Query q, ZoneId zone, CurrentUser user, String terminal, Instant now, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!user.role().isStaff()) {
            where.add(ownership(user, terminal, now, params));
        }
        if (q.code() != null) {
            where.add("exists (select 1 from ticket t where t.order_id = o.id and t.code = :code)");
            params.put("code", q.code().strip().toUpperCase());
        }
        if (q.orderNo() != null) {
            where.add("o.order_no = :orderNo");
            params.put("orderNo", q.orderNo().strip().toUpperCase());
        }
        if (q.name() != null) {
            where.add("o.customer_name ilike :name escape '\\'");
            params.put("name", "%" + q.name().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.eventId() != null) {
            where.add("(o.event_id = :event or exists (select 1 from ticket t where t.order_id = o.id and t.event_id = :event))");
            params.put("event", q.eventId());
        }
        if (q.date() != null) {
            where.add("o.created_at >= :from and o.created_at < :to");
            params.put("from", Timestamp.from(q.date().atStartOfDay(zone).toInstant()));
            params.put("to", Timestamp.from(q.date().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from customer_order o" + clause).params(params).query(Long.class).single();
        List<OrderSummary> items = jdbc.sql("""
                select o.*, e.name as event_name, (select count(*) from ticket t where t.order_id = o.id) as tickets
                from customer_order o join event e on e.id = o.event_id""" + clause
                + " order by o.created_at desc, o.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new OrderSummary(rs.getLong("id"), rs.getString("order_no"), rs.getLong("event_id"),
                        rs.getString("event_name"), OrderState.valueOf(rs.getString("state")),
                        Channel.valueOf(rs.getString("channel")), rs.getLong("total"), rs.getString("currency"),
                        rs.getString("customer_name"), rs.getInt("tickets"), instant(rs.getTimestamp("created_at"))))
                .list();
        return new PageResponse<>(items, page, size, total);
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }
}
