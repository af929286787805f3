package dev.tiketi.server.inventory;

import dev.tiketi.server.system.RedisNamespace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads what the database knows (sold seats, seats killed for the event, sold GA units, GA capacities) into Redis: the first time an
 * event is touched, after Redis lost its data (flush, restart without persistence), and after the database
 * refused a sale that Redis had allowed. This is how the Redis side recovers; the database never depends
 * on it being right.
 */
@Component
class InventoryLoader {
    private static final RedisScript<Long> INIT = Scripts.longScript("inventory_init");

    private final JdbcClient jdbc;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final RedisNamespace ns;

    InventoryLoader(JdbcClient jdbc, StringRedisTemplate redis, Clock clock, ApplicationEventPublisher publisher,
                    RedisNamespace ns) {
        this.ns = ns;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.redis = redis;
        this.clock = clock;
    }

    /** Loads the event unless it is loaded already; {@code force} reloads sold items and capacities anyway. */
    void load(long eventId, boolean force) {
        InventoryKeys keys = new InventoryKeys(ns, eventId);
        List<String> keyList = new ArrayList<>(List.of(keys.marker(), keys.soldSeats(), keys.stock(), keys.version(), keys.killedSeats(),
                keys.seatHolds(), keys.seatTiers(), keys.seatCounts()));
        List<String> args = new ArrayList<>();
        args.add(force ? "1" : "0");
        args.add(Long.toString(clock.millis() * 1000));
        List<Long> soldSeats = jdbc.sql("select seat_id from sold_seat where event_id = ?").param(eventId)
                .query(Long.class).list();
        args.add(Integer.toString(soldSeats.size()));
        soldSeats.forEach(s -> args.add(Long.toString(s)));
        List<Long> killed = jdbc.sql("select seat_id from seat_kill where event_id = ?").param(eventId).query(Long.class).list();
        args.add(Integer.toString(killed.size()));
        killed.forEach(s -> args.add(Long.toString(s)));
        List<long[]> tiers = jdbc.sql("select id, capacity from event_tier where event_id = ? and capacity is not null order by id")
                .param(eventId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] tier : tiers) {
            List<Integer> units = jdbc.sql("select unit_no from ga_unit where tier_id = ? and ticket_id is not null")
                    .param(tier[0]).query(Integer.class).list();
            keyList.add(keys.soldUnits(tier[0]));
            args.add(Long.toString(tier[0]));
            args.add(Long.toString(tier[1]));
            args.add(Integer.toString(units.size()));
            units.forEach(u -> args.add(Integer.toString(u)));
        }
        if (Long.valueOf(1).equals(redis.execute(INIT, keyList, args.toArray()))) {
            publisher.publishEvent(new InventoryReloaded(eventId));
        }
    }
}
