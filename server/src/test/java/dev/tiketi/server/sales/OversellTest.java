package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** Invariants 1-3 under real concurrency: many terminals at once against one seat, one hall, one stock. */
class OversellTest extends IntegrationTest {
    @Autowired
    StringRedisTemplate redis;

    private Fixtures fixtures;
    private Sales sales;
    private String clerk;

    @BeforeEach
    void setUp() {
        String admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        fixtures = new Fixtures(api, admin);
        sales = new Sales(api);
    }

    @Test
    void ofOneHundredHoldsOnOneSeatExactlyOneWins() throws Exception {
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        long seat = sales.seatIds(venue).get("FLR-C-5");
        List<Api.Res> results = Race.run(100, i -> sales.holdSeats(event, clerk, "counter-" + i, seat));
        assertThat(results).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(results).filteredOn(r -> r.status() == 409).hasSize(99)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("SEAT_UNAVAILABLE"));
        assertThat(sales.statuses(event).get(seat)).isEqualTo(SeatStatus.HELD);
    }

    @Test
    void fiveHundredClientsHoldingOverlappingGroupsNeverShareASeat() throws Exception {
        long venue = fixtures.venue(new dev.tiketi.model.catalog.VenueRequest("Big", null, List.of(
                new dev.tiketi.model.catalog.SectionSpec("FLR", "Floor", 10, 20, "A", false, "STD", null, null, null, null, null, null))));
        long event = fixtures.publishedEvent(new dev.tiketi.model.catalog.EventRequest("Rush", null,
                dev.tiketi.model.catalog.EventKind.RESERVED, venue, Fixtures.onSale("x", venue).startsAt(),
                Fixtures.onSale("x", venue).saleOpensAt(), Fixtures.onSale("x", venue).saleClosesAt(),
                List.of(new dev.tiketi.model.catalog.TierSpec("STD", "Standard", 10_000, null)), null, null, null, null));
        List<Long> seats = new ArrayList<>(sales.seatIds(venue).values());
        Collections.sort(seats);
        assertThat(seats).hasSize(200);
        Random random = new Random(42);
        List<List<Long>> groups = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int size = 2 + random.nextInt(3);
            int start = random.nextInt(200 - size);
            groups.add(seats.subList(start, start + size));
        }
        List<Api.Res> results = Race.run(500, i -> sales.hold(event, HoldRequest.seats(groups.get(i)), clerk, "t" + i));
        Map<Long, Integer> holders = new HashMap<>();
        int heldSeats = 0;
        for (int i = 0; i < results.size(); i++) {
            Api.Res r = results.get(i);
            assertThat(r.status()).as(r.toString()).isIn(201, 409);
            if (r.status() == 201) {
                HoldView hold = r.as(HoldView.class);
                assertThat(hold.items()).hasSize(groups.get(i).size());
                for (var item : hold.items()) {
                    assertThat(holders.put(item.seatId(), i)).as("seat " + item.seatId() + " in two holds").isNull();
                }
                heldSeats += hold.items().size();
            } else {
                assertThat(r.code()).isEqualTo("SEAT_UNAVAILABLE");
            }
        }
        List<SeatState> snapshot = sales.snapshot(event).seats();
        assertThat(snapshot.stream().filter(s -> s.status() == SeatStatus.HELD).count()).isEqualTo(heldSeats);
        assertThat(snapshot.stream().filter(s -> s.status() == SeatStatus.HELD).map(SeatState::seatId).toList())
                .containsExactlyInAnyOrderElementsOf(holders.keySet());
        assertThat(redis.opsForHash().size(data.redisKey("sh:{e" + event + "}"))).isEqualTo(heldSeats);
    }

    @Test
    void twoHundredBuyersForFiftyTicketsBuyExactlyFifty() throws Exception {
        long event = fixtures.publishedEvent(Fixtures.ga("Festival", 50));
        long tier = api.get("/api/events/" + event, null).body().get("tiers").get(0).get("id").asLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> broken = new CopyOnWriteArrayList<>();
        int[] samples = {0};
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                StockSnapshot s = sales.stock(event);
                TierAvailability t = s.tiers().get(0);
                samples[0]++;
                if (t.available() != t.capacity() - t.held() - t.sold() || t.available() < 0 || t.sold() > 50
                        || t.held() + t.sold() > 50) {
                    broken.add(t.toString());
                }
            }
        });
        sampler.start();
        // buyers told ALL_HELD (the rest is only held by others) try again, as the answer asks
        List<Api.Res> results = Race.run(200, i -> sales.buyGaPatiently(event, tier, clerk, "buyer-" + i, () -> { }));
        running.set(false);
        sampler.join();
        assertThat(broken).as("stock identity while the burst ran").isEmpty();
        assertThat(samples[0]).isPositive();
        assertThat(results).filteredOn(r -> r.status() == 201).hasSize(50);
        List<Api.Res> refused = results.stream().filter(r -> r.status() != 201).toList();
        assertThat(refused).hasSize(150).allSatisfy(r -> {
            assertThat(r.code()).isEqualTo("SOLD_OUT");
            // the script answers with what is left: every refusal saw none left, so nobody was refused while stock remained
            assertThat(r.body().get("detail").asString()).isEqualTo("Sold out.");
        });
        TierAvailability end = sales.stock(event).tiers().get(0);
        assertThat(end.sold()).isEqualTo(50);
        assertThat(end.held()).isZero();
        assertThat(end.available()).isZero();
        assertThat(data.count("ticket")).isEqualTo(50);
        assertThat(data.count("ga_unit where ticket_id is not null")).isEqualTo(50);
        Set<Long> units = new HashSet<>(data.jdbc().sql("select ga_unit from ticket").query(Long.class).list());
        assertThat(units).hasSize(50);
    }
}
