package dev.tiketi.server.orders;

import dev.tiketi.model.sales.Channel;
import dev.tiketi.model.sales.OrderState;
import dev.tiketi.model.sales.TenderType;
import dev.tiketi.model.sales.TicketState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders, tickets, sold seats, GA units and payments in the database. */
@Repository
class OrderRepository {
    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record OrderHeader(long id, long eventId, long userId, OrderState state, String holdId, long total, String currency,
                       Channel channel) {
    }

    record TicketRow(long id, long orderId, long eventId, long tierId, Long seatId, Integer gaUnit, long price, TicketState state) {
        /** The seat id, or the GA unit number. */
        long soldId() {
            return seatId != null ? seatId : gaUnit;
        }

        /** 0 for a seat, the tier for a GA unit: which Redis set it lives in. */
        long gaTier() {
            return seatId != null ? 0 : tierId;
        }
    }

    /**
     * Decides a claimed hold's outcome once (see hold_outcome in V2__sales.sql). Returns false if it was
     * already decided; blocks while another transaction is deciding it.
     */
    boolean decideHold(String holdId, String outcome, Instant now) {
        return jdbc.sql("insert into hold_outcome (hold_id, outcome, at) values (?, ?, ?) on conflict do nothing")
                .params(holdId, outcome, ts(now)).update() == 1;
    }

    long nextOrderId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('customer_order', 'id'))").query(Long.class).single();
    }

    void insertOrder(long id, long eventId, long userId, Channel channel, String holdId, String key, long total,
                     String currency, String customerName, String terminal, Long sessionId, Instant now) {
        jdbc.sql("""
                insert into customer_order (id, order_no, event_id, user_id, channel, state, hold_id, idempotency_key, total,
                currency, customer_name, terminal, cash_session_id, created_at)
                values (?, ?, ?, ?, ?, 'PAID', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orderNo(id), eventId, userId, channel.name(), holdId, key, total, currency, customerName, terminal,
                        sessionId, ts(now))
                .update();
    }

    /** Files a hold under its order; a second order of the same hold fails on the primary key. */
    void insertOrderHold(long orderId, String holdId) {
        jdbc.sql("insert into order_hold (hold_id, order_id) values (?, ?)").params(holdId, orderId).update();
    }

    /** The holds an order was bought from (not those of later exchanges). */
    Set<String> holdsOf(long orderId) {
        return Set.copyOf(jdbc.sql("select hold_id from order_hold where order_id = ?").param(orderId).query(String.class).list());
    }

    /** Whether the database has sold any of these seats of the event. */
    boolean anySold(long eventId, List<Long> seatIds) {
        return jdbc.sql("select exists (select 1 from sold_seat where event_id = ? and seat_id = any(?))")
                .params(eventId, seatIds.toArray(Long[]::new)).query(Boolean.class).single();
    }

    int freeUnits(long tierId) {
        return jdbc.sql("select count(*) from ga_unit where tier_id = ? and ticket_id is null").param(tierId)
                .query(Integer.class).single();
    }

    /** Human order numbers for the counter: short, sortable, and never used to authorise anything. */
    static String orderNo(long id) {
        return String.format("T%07d", id);
    }

    long insertTicket(long orderId, long eventId, String code, long tierId, Long seatId, Integer unit, long price,
                      Channel channel, String holdId, Instant now) {
        return jdbc.sql("""
                insert into ticket (order_id, event_id, code, tier_id, seat_id, ga_unit, seat_label, price, channel, state,
                hold_id, created_at)
                values (?, ?, ?, ?, ?, ?, (select label from seat where id = ?), ?, ?, 'VALID', ?, ?) returning id""")
                .params(orderId, eventId, code, tierId, seatId, unit, seatId, price, channel.name(), holdId, ts(now))
                .query(Long.class).single();
    }

    /** The final guarantee: a second sale of the seat fails on the primary key (DuplicateKeyException). */
    void insertSoldSeat(long eventId, long seatId, long ticketId, Instant now) {
        jdbc.sql("insert into sold_seat (event_id, seat_id, ticket_id, sold_at) values (?, ?, ?, ?)")
                .params(eventId, seatId, ticketId, ts(now)).update();
    }

    /**
     * Claims free units of a GA tier. SKIP LOCKED lets concurrent sales each take different free rows instead
     * of queueing on one counter; fewer rows than asked means the tier really is sold out.
     */
    List<Integer> claimUnits(long tierId, int quantity) {
        return jdbc.sql("""
                select unit_no from ga_unit where tier_id = ? and ticket_id is null
                order by unit_no limit ? for update skip locked""")
                .params(tierId, quantity).query(Integer.class).list();
    }

    void assignUnit(long tierId, int unit, long ticketId) {
        jdbc.sql("update ga_unit set ticket_id = ? where tier_id = ? and unit_no = ?").params(ticketId, tierId, unit).update();
    }

    void freeTicketItems(List<Long> ticketIds) {
        Long[] ids = ticketIds.toArray(Long[]::new);
        jdbc.sql("delete from sold_seat where ticket_id = any(?)").param(ids).update();
        jdbc.sql("update ga_unit set ticket_id = null where ticket_id = any(?)").param(ids).update();
    }

    void insertPayment(long orderId, boolean refund, TenderType tender, long amount, Long tendered, Long change,
                       String last4, String authCode, Long sessionId, long userId, Instant now) {
        jdbc.sql("""
                insert into payment (order_id, kind, tender, amount, tendered, change_given, card_last4, auth_code,
                cash_session_id, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(orderId, refund ? "REFUND" : "SALE", tender.name(), amount, tendered, change, last4, authCode, sessionId,
                        userId, ts(now))
                .update();
    }

    /** What is left of each tender after earlier refunds: where a refund can go back to. */
    long netPaid(long orderId, TenderType tender) {
        return jdbc.sql("""
                select coalesce(sum(case when kind = 'SALE' then amount else -amount end), 0)
                from payment where order_id = ? and tender = ?""").params(orderId, tender.name()).query(Long.class).single();
    }

    /** A card payment of the order and what is left on it after earlier refunds to that same card. */
    record CardLeft(String authCode, long left) {
    }

    /** Each card payment of the order (an exchange can add a second card), oldest first. */
    List<CardLeft> cardsLeft(long orderId) {
        return jdbc.sql("""
                select auth_code, sum(case when kind = 'SALE' then amount else -amount end) as left_amount,
                       min(id) filter (where kind = 'SALE') as first_id
                from payment where order_id = ? and tender = 'CARD' and auth_code is not null
                group by auth_code order by first_id""").param(orderId)
                .query((rs, n) -> new CardLeft(rs.getString("auth_code"), rs.getLong("left_amount"))).list();
    }

    Optional<Long> idForKey(long userId, String key) {
        return jdbc.sql("select id from customer_order where user_id = ? and idempotency_key = ?").params(userId, key)
                .query(Long.class).optional();
    }

    /** Seats or GA units sold from a hold, if its sale reached the database. */
    List<Long> soldFromHold(String holdId) {
        return jdbc.sql("select coalesce(seat_id, ga_unit) from ticket where hold_id = ? and state = 'VALID'").param(holdId)
                .query(Long.class).list();
    }

    Optional<OrderHeader> lock(long orderId) {
        return jdbc.sql("select * from customer_order where id = ? for update").param(orderId)
                .query((rs, n) -> new OrderHeader(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("user_id"),
                        OrderState.valueOf(rs.getString("state")), rs.getString("hold_id"), rs.getLong("total"),
                        rs.getString("currency"), Channel.valueOf(rs.getString("channel"))))
                .optional();
    }

    List<TicketRow> tickets(long orderId) {
        return jdbc.sql("select * from ticket where order_id = ? order by id").param(orderId)
                .query((rs, n) -> new TicketRow(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("event_id"),
                        rs.getLong("tier_id"), (Long) rs.getObject("seat_id", Long.class),
                        (Integer) rs.getObject("ga_unit", Integer.class), rs.getLong("price"),
                        TicketState.valueOf(rs.getString("state"))))
                .list();
    }

    void markTickets(List<Long> ticketIds, TicketState state, Long sessionId, Instant now) {
        jdbc.sql("update ticket set state = ?, changed_at = ?, changed_session_id = ? where id = any(?)")
                .params(state.name(), ts(now), sessionId, ticketIds.toArray(Long[]::new)).update();
    }

    void linkExchange(long oldTicket, long newTicket) {
        jdbc.sql("update ticket set exchanged_to = ? where id = ?").params(newTicket, oldTicket).update();
    }

    /** Recomputes total (the valid tickets' value) and moves the state forward; see {@link OrderStates}. */
    void updateTotals(long orderId, OrderState state) {
        jdbc.sql("""
                update customer_order set state = ?,
                total = (select coalesce(sum(price), 0) from ticket where order_id = ? and state = 'VALID') where id = ?""")
                .params(state.name(), orderId, orderId).update();
    }

    void recordPrint(long orderId, boolean reprint, Long sessionId, long userId, Instant now) {
        jdbc.sql("insert into ticket_print (order_id, reprint, cash_session_id, printed_by, printed_at) values (?, ?, ?, ?, ?)")
                .params(orderId, reprint, sessionId, userId, ts(now)).update();
    }

    /**
     * The event's state under a share lock: an admin cancelling (or closing) the event locks its row to change
     * it, so a sale either commits before that and is in the cancel's refund pass, or waits and sees the new
     * state. Sales do not wait for each other on it.
     */
    String lockEventState(long eventId) {
        return jdbc.sql("select state from event where id = ? for share").param(eventId).query(String.class).single();
    }

    /** Locks the customer's row (their purchases go one at a time) and counts their valid tickets for the event. */
    int lockCustomerAndCount(long userId, long eventId) {
        jdbc.sql("select id from app_user where id = ? for update").param(userId).query(Long.class).single();
        return jdbc.sql("""
                select count(*) from ticket t join customer_order o on o.id = t.order_id
                where o.user_id = ? and t.event_id = ? and t.state = 'VALID'""")
                .params(userId, eventId).query(Integer.class).single();
    }

    boolean printedBefore(long orderId) {
        return jdbc.sql("select exists (select 1 from ticket_print where order_id = ?)").param(orderId).query(Boolean.class).single();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
