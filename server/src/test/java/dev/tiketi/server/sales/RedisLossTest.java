package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Invariant 1's second half: PostgreSQL makes a double sale impossible even when Redis forgets (flush,
 * restart) or is simply wrong, and the server relearns Redis's state from the database.
 */
class RedisLossTest extends IntegrationTest {
    @Autowired
    RedisConnectionFactory connections;
    @Autowired
    StringRedisTemplate redis;

    private Sales sales;
    private String clerk;
    private Fixtures fixtures;

    @BeforeEach
    void setUp() {
        String admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        fixtures = new Fixtures(api, admin);
        sales = new Sales(api);
    }

    private void flush() {
        try (var c = connections.getConnection()) {
            c.serverCommands().flushDb();
        }
    }

    @Test
    void flushingRedisMidBurstSellsNoSeatTwiceAndTheCountersRecover() throws Exception {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        List<Long> seats = sales.seats(venue).stream().filter(s -> !s.blocked() && s.label().startsWith("FLR")).map(s -> s.id()).toList();
        AtomicBoolean flushed = new AtomicBoolean();
        Random random = new Random(7);
        List<Long> targets = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            targets.add(seats.get(random.nextInt(seats.size())));
        }
        List<Api.Res> results = Race.run(240, i -> {
            if (i == 120 && flushed.compareAndSet(false, true)) {
                flush();
            }
            Api.Res hold = sales.holdSeats(event, clerk, "t" + i, targets.get(i));
            if (hold.status() != 201) {
                return hold;
            }
            return sales.buyByCard(hold.body().get("holdId").asString(), clerk, "t" + i);
        });
        assertThat(flushed).isTrue();
        long sold = results.stream().filter(r -> r.status() == 201).count();
        assertThat(results).filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.code()).as(r.toString()).isIn("SEAT_UNAVAILABLE", "SEAT_ALREADY_SOLD", "HOLD_NOT_FOUND"));
        // the database's word: one valid ticket per seat, one sold_seat row per ticket
        assertThat(data.jdbc().sql("select count(*) from (select seat_id from ticket where state = 'VALID' group by seat_id having count(*) > 1) d")
                .query(Long.class).single()).isZero();
        assertThat(data.count("sold_seat")).isEqualTo(sold);
        assertThat(data.count("ticket")).isEqualTo(sold);
        // Redis relearned every sale, including those the flush wiped and those that committed after it
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<Long> soldInDb = data.jdbc().sql("select seat_id from sold_seat").query(Long.class).list();
            var statuses = sales.statuses(event);
            assertThat(statuses.entrySet().stream().filter(e -> e.getValue() == SeatStatus.SOLD).map(e -> e.getKey()).toList())
                    .containsExactlyInAnyOrderElementsOf(soldInDb);
        });
        // and refuses to hold what is sold
        long aSoldSeat = data.jdbc().sql("select seat_id from sold_seat limit 1").query(Long.class).single();
        assertThat(sales.holdSeats(event, clerk, "late", aSoldSeat).code()).isEqualTo("SEAT_UNAVAILABLE");
    }

    @Test
    void whenRedisIsWrongTheDatabaseRefusesTheSecondSaleAndNothingIsCharged() {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        long seat = sales.seatIds(venue).get("FLR-C-3");
        assertThat(sales.buyByCard(sales.holdSeats(event, clerk, "c1", seat).as(HoldView.class).holdId(), clerk, "c1").status())
                .isEqualTo(201);
        // Redis forgets the sale but still believes it is loaded: the worst case, a lie rather than a blank
        redis.opsForSet().remove(data.redisKey("sold:{e" + event + "}"), Long.toString(seat));
        assertThat(sales.statuses(event).get(seat)).isEqualTo(SeatStatus.AVAILABLE);
        HoldView second = sales.holdSeats(event, clerk, "c2", seat).as(HoldView.class);
        Api.Res refused = sales.buyByCard(second.holdId(), clerk, "c2");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("SEAT_ALREADY_SOLD");
        assertThat(data.count("ticket")).isEqualTo(1);
        assertThat(data.count("payment_void where reason = 'VOIDED'")).isEqualTo(1);
        assertThat(sales.statuses(event).get(seat)).as("relearned from the database").isEqualTo(SeatStatus.SOLD);
    }

    @Test
    void flushingRedisMidBurstRefusesNoGaBuyerWhileStockRemains() throws Exception {
        for (int round = 0; round < 5; round++) {
            long event = fixtures.publishedEvent(Fixtures.ga("여름 축제 " + round, 30));
            long tier = api.get("/api/events/" + event, null).body().get("tiers").get(0).get("id").asLong();
            AtomicInteger held = new AtomicInteger();
            long[] lastBuyStarted = new long[100];
            long[] answered = new long[100];
            List<Api.Res> results = Race.run(100, i -> {
                Api.Res r = sales.buyGaPatiently(event, tier, clerk, "buyer-" + i, () -> {
                    if (held.incrementAndGet() == 15) {
                        flush(); // the holds taken so far vanish with Redis; their buyers are told and try again
                    }
                    lastBuyStarted[i] = System.nanoTime();
                });
                answered[i] = System.nanoTime();
                return r;
            });
            // "sold out" is said only once it is true: after every winner's purchase (sold for good) had begun
            long lastWinningBuy = 0;
            for (int i = 0; i < 100; i++) {
                if (results.get(i).status() == 201) {
                    lastWinningBuy = Math.max(lastWinningBuy, lastBuyStarted[i]);
                }
            }
            for (int i = 0; i < 100; i++) {
                if (results.get(i).status() != 201) {
                    assertThat(answered[i]).as("buyer %d told %s while tickets were still unsold", i, results.get(i))
                            .isGreaterThan(lastWinningBuy);
                }
            }
            // every ticket sold, to exactly 30 buyers; the other 70 told "sold out" only once it was true
            assertThat(results).filteredOn(r -> r.status() == 201).as("round " + round).hasSize(30);
            // "Sold out." from the hold script, or, for a hold the relearn handed out while a purchase begun before
            // the flush was still being written, from the database's unit claim: then the last unit was sold
            assertThat(results).filteredOn(r -> r.status() != 201).hasSize(70).allSatisfy(r -> {
                assertThat(r.code()).as(r.toString()).isEqualTo("SOLD_OUT");
                assertThat(r.body().get("detail").asString()).as(r.toString()).isIn("Sold out.", "Sold out; nothing was charged.");
            });
            assertThat(data.count("ticket where event_id = " + event)).isEqualTo(30);
            var stock = sales.stock(event).tiers().get(0);
            assertThat(stock.sold()).isEqualTo(30);
            assertThat(stock.held()).isZero();
            assertThat(stock.available()).isZero();
        }
    }

    @Test
    void aHoldAnsweredAsTakenIsReallyHeldEvenWhenRedisLosesTheEventWhileRelearningIt() throws Exception {
        long event = fixtures.publishedEvent(Fixtures.ga("겨울 축제", 1000));
        long tier = api.get("/api/events/" + event, null).body().get("tiers").get(0).get("id").asLong();
        AtomicBoolean running = new AtomicBoolean(true);
        // Redis loses the event over and over (as a flush or eviction would), also between a relearn and the retry
        Thread loser = new Thread(() -> {
            while (running.get()) {
                redis.delete(data.redisKey("inv:{e" + event + "}"));
            }
        });
        loser.start();
        List<Api.Res> results;
        try {
            results = Race.run(200, i -> sales.hold(event, HoldRequest.stock(tier, 1), clerk, "t" + i));
        } finally {
            running.set(false);
            loser.join();
        }
        List<Api.Res> taken = results.stream().filter(r -> r.status() == 201).toList();
        assertThat(taken).as("the relearn keeps up with most losses").isNotEmpty();
        assertThat(results).filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.code()).as(r.toString()).isEqualTo("SERVICE_UNAVAILABLE"));
        for (Api.Res r : taken) {
            String holdId = r.body().get("holdId").asString();
            assertThat(redis.hasKey(data.redisKey("h:{e" + event + "}:" + holdId))).as("hold " + holdId + " answered 201").isTrue();
        }
        assertThat(sales.stock(event).tiers().get(0).held()).isEqualTo(taken.size());
    }

    @Test
    void gaStockIsRelearnedAfterAFlushAndNeverOversold() {
        long event = fixtures.publishedEvent(Fixtures.ga("Festival", 5));
        long tier = api.get("/api/events/" + event, null).body().get("tiers").get(0).get("id").asLong();
        for (int i = 0; i < 3; i++) {
            sales.buyByCard(sales.hold(event, HoldRequest.stock(tier, 1), clerk, "c" + i).as(HoldView.class).holdId(), clerk, "c" + i);
        }
        flush();
        assertThat(sales.stock(event).tiers().get(0).sold()).isEqualTo(3);
        Api.Res short1 = sales.hold(event, HoldRequest.stock(tier, 3), clerk, "c9");
        assertThat(short1.code()).isEqualTo("SOLD_OUT");
        assertThat(short1.body().get("detail").asString()).isEqualTo("Only 2 left.");
        // Redis lies: it thinks nothing is sold; the database's unit claim still stops the sixth ticket
        redis.delete(data.redisKey("gs:{e" + event + "}:" + tier));
        HoldView hold = sales.hold(event, HoldRequest.stock(tier, 3), clerk, "c9").as(HoldView.class);
        Api.Res refused = sales.buyByCard(hold.holdId(), clerk, "c9");
        assertThat(refused.code()).isEqualTo("SOLD_OUT");
        assertThat(data.count("ticket")).isEqualTo(3);
        assertThat(sales.stock(event).tiers().get(0).sold()).isEqualTo(3);
        assertThat(sales.stock(event).tiers().get(0).available()).isEqualTo(2);
    }
}
