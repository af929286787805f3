package dev.tiketi.server.kills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.admin.KillReason;
import dev.tiketi.model.admin.SeatFreeRequest;
import dev.tiketi.model.admin.SeatKillRequest;
import dev.tiketi.model.admin.SeatKillView;
import dev.tiketi.model.admin.SeatKillsView;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.sales.Race;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Sales;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/** Seats taken off sale for one event: never a sold or held seat, pushed live, audited, kept across a Redis loss, atomic against holds. */
class SeatKillsTest extends IntegrationTest {
    @Autowired
    RedisConnectionFactory redisFactory;

    private final LiveClients live = new LiveClients();
    private String admin;
    private String clerk;
    private long event;
    private Map<String, Long> seat;
    private Sales sales;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        sales = new Sales(api);
        seat = sales.seatIds(venue);
        sales.snapshot(event);
    }

    @AfterEach
    void closeClients() {
        live.close();
    }

    private Api.Res kill(KillReason reason, String note, String... labels) {
        return api.post("/api/admin/events/" + event + "/kills", new SeatKillRequest(ids(labels), reason, note), admin);
    }

    private Api.Res free(String... labels) {
        return api.post("/api/admin/events/" + event + "/kills/free", new SeatFreeRequest(ids(labels)), admin);
    }

    private List<Long> ids(String... labels) {
        return java.util.Arrays.stream(labels).map(seat::get).toList();
    }

    @Test
    void killedSeatsAreBlockedOnEveryTerminalAtOnceAndCannotBeHeld() {
        LiveClients.Recorder<SeatsUpdate> updates = live.record(live.connect(port, clerk, "Counter 1"), LiveDestinations.seats(event),
                SeatsUpdate.class);
        int capacity = sales.stock(event).tiers().stream().filter(t -> t.tierCode().equals("STD")).findFirst().orElseThrow().capacity();

        Api.Res r = kill(KillReason.PRODUCTION, "카메라 자리", "FLR-C-5", "FLR-C-6");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        SeatKillsView view = r.as(SeatKillsView.class);
        assertThat(view.kills()).extracting(SeatKillView::label).containsExactly("FLR-C-5", "FLR-C-6");
        assertThat(view.kills()).allSatisfy(k -> {
            assertThat(k.reason()).isEqualTo(KillReason.PRODUCTION);
            assertThat(k.note()).isEqualTo("카메라 자리");
            assertThat(k.killedBy()).isEqualTo("admin");
        });
        await().atMost(Duration.ofSeconds(3)).until(() -> updates.messages().stream().anyMatch(u -> u.seats().stream()
                .filter(s -> s.status() == SeatStatus.BLOCKED).count() == 2));
        assertThat(sales.statuses(event).get(seat.get("FLR-C-5"))).isEqualTo(SeatStatus.BLOCKED);
        assertThat(sales.stock(event).tiers().stream().filter(t -> t.tierCode().equals("STD")).findFirst().orElseThrow().capacity())
                .isEqualTo(capacity - 2);

        Api.Res hold = sales.holdSeats(event, clerk, "Counter 1", seat.get("FLR-C-4"), seat.get("FLR-C-5"));
        assertThat(hold.status()).isEqualTo(409);
        assertThat(hold.code()).isEqualTo("SEAT_BLOCKED");
        assertThat(hold.body().get("detail").asString()).contains("FLR-C-5");
        assertThat(sales.statuses(event).get(seat.get("FLR-C-4"))).as("all or nothing").isEqualTo(SeatStatus.AVAILABLE);
        assertThat(data.jdbc().sql("select details::text from audit_log where action = 'SEATS_KILLED' and event_id = ?").param(event)
                .query(String.class).single()).contains("FLR-C-5").contains("PRODUCTION").contains("카메라 자리");

        // killing them again changes nothing; freeing them puts them back on sale everywhere
        assertThat(kill(KillReason.HOUSE, null, "FLR-C-5").as(SeatKillsView.class).kills()).hasSize(2);
        Api.Res freed = free("FLR-C-5", "FLR-C-7");
        assertThat(freed.status()).isEqualTo(200);
        assertThat(freed.as(SeatKillsView.class).kills()).extracting(SeatKillView::label).containsExactly("FLR-C-6");
        await().atMost(Duration.ofSeconds(3)).until(() -> updates.last().seats()
                .equals(List.of(new SeatState(seat.get("FLR-C-5"), SeatStatus.AVAILABLE, null))));
        assertThat(sales.holdSeats(event, clerk, "Counter 1", seat.get("FLR-C-5")).status()).isEqualTo(201);
        assertThat(data.count("audit_log where action = 'SEATS_FREED'")).isEqualTo(1);
    }

    @Test
    void aSoldOrHeldSeatIsNeverKilledAndNothingChanges() {
        String sold = sales.holdSeats(event, clerk, "Counter 1", seat.get("FLR-D-1")).body().get("holdId").asString();
        assertThat(sales.buyByCard(sold, clerk, "Counter 1").status()).isEqualTo(201);
        assertThat(sales.holdSeats(event, clerk, "Counter 2", seat.get("FLR-D-2")).status()).isEqualTo(201);
        Map<String, String> before = fingerprint();

        Api.Res onSold = kill(KillReason.BROKEN, null, "FLR-D-3", "FLR-D-1");
        assertThat(onSold.status()).isEqualTo(409);
        assertThat(onSold.code()).isEqualTo("SEAT_NOT_FREE");
        assertThat(onSold.body().get("detail").asString()).contains("FLR-D-1").contains("sold");
        Api.Res onHeld = kill(KillReason.BROKEN, null, "FLR-D-2");
        assertThat(onHeld.code()).isEqualTo("SEAT_NOT_FREE");
        assertThat(onHeld.body().get("detail").asString()).contains("held");
        Api.Res onBlocked = kill(KillReason.BROKEN, null, "FLR-A-1");
        assertThat(onBlocked.code()).isEqualTo("SEAT_BLOCKED");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void killsSurviveARedisLoss() {
        assertThat(kill(KillReason.HOUSE, null, "BAL-A-1", "BAL-A-2").status()).isEqualTo(200);
        try (var c = redisFactory.getConnection()) {
            c.serverCommands().flushDb();
        }
        Map<Long, SeatStatus> statuses = sales.statuses(event);
        assertThat(statuses.get(seat.get("BAL-A-1"))).isEqualTo(SeatStatus.BLOCKED);
        assertThat(statuses.get(seat.get("BAL-A-2"))).isEqualTo(SeatStatus.BLOCKED);
        assertThat(sales.holdSeats(event, clerk, "Counter 1", seat.get("BAL-A-1")).code()).isEqualTo("SEAT_BLOCKED");
    }

    @Test
    void aRushOfHoldsAndKillsOnTheSameSeatsEndsWithEachSeatEitherHeldOnceOrKilled() throws Exception {
        List<String> labels = List.of("FLR-E-1", "FLR-E-2", "FLR-E-3", "FLR-E-4", "FLR-E-5", "FLR-E-6", "FLR-E-7", "FLR-E-8",
                "FLR-E-9", "FLR-E-10");
        // per seat: one kill and two holds from different counters, all at once
        List<Api.Res> results = Race.run(labels.size() * 3, i -> {
            String label = labels.get(i / 3);
            return i % 3 == 0 ? kill(KillReason.HOUSE, null, label)
                    : sales.holdSeats(event, clerk, "Counter " + i, seat.get(label));
        });
        int kills = 0;
        int holds = 0;
        for (int s = 0; s < labels.size(); s++) {
            Api.Res k = results.get(s * 3);
            List<Api.Res> h = List.of(results.get(s * 3 + 1), results.get(s * 3 + 2));
            long held = h.stream().filter(r -> r.status() == 201).count();
            if (k.status() == 200) {
                kills++;
                assertThat(held).as(labels.get(s) + ": killed, so never held").isZero();
                assertThat(h).extracting(Api.Res::code).containsOnly("SEAT_BLOCKED");
            } else {
                assertThat(k.code()).as(k.raw()).isEqualTo("SEAT_NOT_FREE");
                assertThat(held).as(labels.get(s) + ": not killed, so held exactly once").isEqualTo(1);
                holds++;
                assertThat(h).extracting(Api.Res::code).containsOnlyOnce("SEAT_UNAVAILABLE");
            }
        }
        assertThat(kills + holds).isEqualTo(labels.size());
        assertThat(data.count("seat_kill")).isEqualTo(kills);
        Set<Long> killedInRedis = new org.springframework.data.redis.core.StringRedisTemplate(redisFactory).opsForSet()
                .members(data.redisKey("kill:{e" + event + "}")).stream().map(Long::valueOf).collect(Collectors.toSet());
        Set<Long> killedInDb = Set.copyOf(data.jdbc().sql("select seat_id from seat_kill").query(Long.class).list());
        assertThat(killedInRedis).isEqualTo(killedInDb);
        Map<Long, SeatStatus> statuses = sales.statuses(event);
        assertThat(labels.stream().filter(l -> statuses.get(seat.get(l)) == SeatStatus.BLOCKED).count()).isEqualTo(kills);
        assertThat(labels.stream().filter(l -> statuses.get(seat.get(l)) == SeatStatus.HELD).count()).isEqualTo(holds);
    }

    private Map<String, String> fingerprint() {
        Map<String, String> all = new TreeMap<>(data.fingerprint());
        all.putAll(data.redisFingerprint());
        return all;
    }
}
