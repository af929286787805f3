package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.TierView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Events as the sales side and the public reads see them, in explicit SQL: the status derived from the sale
 * window (decision 0003) and the GA stock units. The admin side changes events through {@link EventRepository}
 * (JPA, decision 0013) and reads them back here in the same transaction, after a flush.
 */
@Repository
class EventQueries {
    /**
     * The one definition of an event's status: the admin's state, then the sale window against :now.
     * Written in SQL so that filtering by status and showing it can never disagree.
     */
    static final String STATUS_SQL = """
            case when e.state in ('DRAFT', 'CANCELLED', 'CLOSED') then e.state
                 when :now < e.sale_opens_at then 'UPCOMING'
                 when :now >= e.sale_closes_at then 'CLOSED'
                 else 'ON_SALE' end""";

    /**
     * {@link #STATUS_SQL} for a row read earlier ({@link SaleTermsCache}): the same rule, kept beside it and
     * checked against it by {@code SaleTermsCacheTest}, so a cached event's status moves with the clock exactly
     * as the database would derive it.
     */
    static EventStatus statusAt(String state, Instant saleOpensAt, Instant saleClosesAt, Instant now) {
        if (state.equals("DRAFT") || state.equals("CANCELLED") || state.equals("CLOSED")) {
            return EventStatus.valueOf(state);
        }
        if (saleOpensAt != null && now.isBefore(saleOpensAt)) {
            return EventStatus.UPCOMING;
        }
        if (saleClosesAt != null && !now.isBefore(saleClosesAt)) {
            return EventStatus.CLOSED;
        }
        return EventStatus.ON_SALE;
    }

    private static final String SELECT = """
            select e.id, e.venue_id, v.name as venue_name, e.name, e.description, e.kind, e.state,
                   %s as status, e.starts_at, e.sale_opens_at, e.sale_closes_at, e.hold_minutes, e.max_hold_minutes,
                   e.per_customer_limit, e.currency,
                   coalesce((select min(t.price) from event_tier t where t.event_id = e.id), 0) as min_price,
                   coalesce((select max(t.price) from event_tier t where t.event_id = e.id), 0) as max_price
            from event e left join venue v on v.id = e.venue_id
            """.formatted(STATUS_SQL);

    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EventRow> find(long id, Instant now) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).param("now", ts(now))
                .query(EventQueries::map).optional();
    }


    record Filter(EventStatus status, String text, Instant from, Instant to, boolean includeDrafts) {
    }

    List<EventRow> search(Filter filter, Instant now, int page, int size) {
        return jdbc.sql("select * from (" + SELECT + ") e " + where(filter) + " order by e.starts_at, e.id limit :limit offset :offset")
                .params(params(filter, now))
                .param("limit", size).param("offset", (long) page * size)
                .query(EventQueries::map).list();
    }

    long count(Filter filter, Instant now) {
        return jdbc.sql("select count(*) from (" + SELECT + ") e " + where(filter))
                .params(params(filter, now)).query(Long.class).single();
    }

    private static String where(Filter f) {
        List<String> clauses = new ArrayList<>();
        if (!f.includeDrafts()) {
            clauses.add("e.state <> 'DRAFT'");
        }
        if (f.status() != null) {
            clauses.add("e.status = :status");
        }
        if (f.text() != null) {
            clauses.add("(e.name ilike :text escape '\\' or e.venue_name ilike :text escape '\\')");
        }
        if (f.from() != null) {
            clauses.add("e.starts_at >= :from");
        }
        if (f.to() != null) {
            clauses.add("e.starts_at < :to");
        }
        return clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses);
    }

    private static java.util.Map<String, Object> params(Filter f, Instant now) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("now", ts(now));
        if (f.status() != null) {
            p.put("status", f.status().name());
        }
        if (f.text() != null) {
            p.put("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.from() != null) {
            p.put("from", ts(f.from()));
        }
        if (f.to() != null) {
            p.put("to", ts(f.to()));
        }
        return p;
    }



    record Defaults(int holdMinutes, int maxHoldMinutes, int perCustomerLimit, String currency) {
    }

    /** An event that uses a venue's seats, with its status now and the tier codes it prices. */
    record VenueUse(long id, String name, EventStatus status, java.util.Set<String> tierCodes) {
    }

    List<VenueUse> activeUsesOfVenue(long venueId, Instant now) {
        return jdbc.sql("""
                select e.id, e.name, %s as status, array_agg(t.code) as codes
                from event e join event_tier t on t.event_id = e.id
                where e.venue_id = :venue and e.kind = 'RESERVED' and e.state <> 'CANCELLED'
                group by e.id""".formatted(STATUS_SQL))
                .param("venue", venueId).param("now", ts(now))
                .query((rs, n) -> new VenueUse(rs.getLong("id"), rs.getString("name"),
                        EventStatus.valueOf(rs.getString("status")),
                        new java.util.TreeSet<>(List.of((String[]) rs.getArray("codes").getArray()))))
                .list();
    }


    /** Every event held at the venue, whatever its state. */
    List<Long> atVenue(long venueId) {
        return jdbc.sql("select id from event where venue_id = ? order by id").param(venueId).query(Long.class).list();
    }

    List<TierView> tiers(long eventId) {
        return jdbc.sql("select id, code, name, price, capacity from event_tier where event_id = ? order by sort_order, id")
                .param(eventId)
                .query((rs, n) -> new TierView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("price"), (Integer) rs.getObject("capacity")))
                .list();
    }


    /**
     * Keeps one ga_unit row per unit of each GA tier's capacity: new units get numbers after the highest,
     * a smaller capacity removes free units (highest numbers first). Returns the tiers with more units sold
     * than the new capacity (the caller refuses the change); changes nothing then.
     */
    List<String> syncGaUnits(long eventId) {
        List<String> overfull = jdbc.sql("""
                select t.code from event_tier t
                where t.event_id = ? and t.capacity is not null
                  and (select count(*) from ga_unit u where u.tier_id = t.id and u.ticket_id is not null) > t.capacity
                order by t.code""").param(eventId).query(String.class).list();
        if (!overfull.isEmpty()) {
            return overfull;
        }
        jdbc.sql("""
                insert into ga_unit (tier_id, unit_no)
                select t.id, m.top + g
                from event_tier t
                cross join lateral (select coalesce(max(unit_no), 0) as top, count(*) as n from ga_unit where tier_id = t.id) m
                cross join lateral generate_series(1, t.capacity - m.n) g
                where t.event_id = ? and t.capacity is not null and t.capacity > m.n""").param(eventId).update();
        // Surplus units (capacity lowered): the highest-numbered unsold ones go. Each tier is counted once (a
        // per-row count made creating a 50,000-unit tier quadratic: minutes instead of a second).
        jdbc.sql("""
                with surplus as (
                    select u.tier_id, count(*) - t.capacity as extra
                    from ga_unit u join event_tier t on t.id = u.tier_id
                    where t.event_id = ? and t.capacity is not null
                    group by u.tier_id, t.capacity
                    having count(*) > t.capacity),
                victims as (
                    select f.tier_id, f.unit_no from (
                        select u2.tier_id, u2.unit_no, row_number() over (partition by u2.tier_id order by u2.unit_no desc) as r
                        from ga_unit u2 join surplus s on s.tier_id = u2.tier_id
                        where u2.ticket_id is null) f
                    join surplus s on s.tier_id = f.tier_id
                    where f.r <= s.extra)
                delete from ga_unit u using victims v
                where u.tier_id = v.tier_id and u.unit_no = v.unit_no""").param(eventId).update();
        jdbc.sql("delete from ga_unit u using event_tier t where u.tier_id = t.id and t.event_id = ? and t.capacity is null")
                .param(eventId).update();
        return List.of();
    }

    java.util.Map<Long, Integer> gaCapacities(long eventId) {
        java.util.Map<Long, Integer> caps = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, capacity from event_tier where event_id = ? and capacity is not null").param(eventId)
                .query(rs -> {
                    caps.put(rs.getLong(1), rs.getInt(2));
                });
        return caps;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static EventRow map(ResultSet rs, int n) throws SQLException {
        return new EventRow(rs.getLong("id"), (Long) rs.getObject("venue_id", Long.class), rs.getString("venue_name"),
                rs.getString("name"), rs.getString("description"), EventKind.valueOf(rs.getString("kind")),
                rs.getString("state"), EventStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("sale_opens_at").toInstant(),
                rs.getTimestamp("sale_closes_at").toInstant(), rs.getInt("hold_minutes"), rs.getInt("max_hold_minutes"),
                rs.getInt("per_customer_limit"), rs.getString("currency"), rs.getLong("min_price"), rs.getLong("max_price"));
    }
}
