package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.sales.HeldSeat;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Best available in a rush: many shoppers asking at once for seats together in one tier. Each must get a
 * block while one is left, and only when none is left be refused, with a clear answer.
 */
class BestAvailableRushTest extends IntegrationTest {
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
    void fiftyShoppersAskingForPairsAtOnceInATierWithRoomForFiftyAllGetThem() throws Exception {
        long venue = fixtures.venue(hall("대공연장", 10));
        for (int round = 0; round < 3; round++) {
            long event = fixtures.publishedEvent(concert("봄 콘서트 " + round, venue));
            long tier = tierId(event);
            List<Api.Res> results = Race.run(50, i -> sales.hold(event, HoldRequest.bestAvailable(tier, 2, false), clerk, "counter-" + i));
            assertThat(results).as("round " + round).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
            Set<Long> held = new HashSet<>();
            for (Api.Res r : results) {
                List<HeldSeat> pair = r.as(HoldView.class).items();
                assertThat(pair).hasSize(2);
                assertPairSideBySide(pair);
                pair.forEach(s -> assertThat(held.add(s.seatId())).as("seat " + s.label() + " held twice").isTrue());
            }
            assertThat(held).hasSize(100);
            List<SeatState> snapshot = sales.snapshot(event).seats();
            assertThat(snapshot.stream().filter(s -> s.status() == SeatStatus.HELD).map(SeatState::seatId).toList())
                    .containsExactlyInAnyOrderElementsOf(held);
        }
    }

    @Test
    void whenFewerBlocksAreLeftThanShoppersExactlyThatManyWinAndTheOthersAreToldNoneIsLeft() throws Exception {
        long venue = fixtures.venue(hall("소극장", 4));
        for (int round = 0; round < 3; round++) {
            long event = fixtures.publishedEvent(concert("가을 콘서트 " + round, venue));
            long tier = tierId(event);
            List<Api.Res> results = Race.run(50, i -> sales.hold(event, HoldRequest.bestAvailable(tier, 2, false), clerk, "counter-" + i));
            List<Api.Res> won = results.stream().filter(r -> r.status() == 201).toList();
            assertThat(won).as("round " + round).hasSize(20);
            Set<Long> held = new HashSet<>();
            won.forEach(r -> r.as(HoldView.class).items().forEach(s -> assertThat(held.add(s.seatId())).isTrue()));
            assertThat(held).hasSize(40);
            assertThat(results).filteredOn(r -> r.status() != 201).hasSize(30).allSatisfy(r -> {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
                assertThat(r.code()).as(r.toString()).isEqualTo("SOLD_OUT");
                assertThat(r.body().get("detail").asString()).isEqualTo("Not 2 seats left in this tier.");
            });
        }
    }

    private static void assertPairSideBySide(List<HeldSeat> pair) {
        String a = pair.get(0).label();
        String b = pair.get(1).label();
        assertThat(a.substring(0, a.lastIndexOf('-'))).as(a + " " + b).isEqualTo(b.substring(0, b.lastIndexOf('-')));
        int na = Integer.parseInt(a.substring(a.lastIndexOf('-') + 1));
        int nb = Integer.parseInt(b.substring(b.lastIndexOf('-') + 1));
        assertThat(Math.abs(na - nb)).as(a + " " + b).isEqualTo(1);
    }

    /** One section of {@code rows} rows of 10 seats, all in one tier: room for exactly 5 pairs a row. */
    private static VenueRequest hall(String name, int rows) {
        return new VenueRequest(name, "서울 중구 1", List.of(SectionSpec.simple("FLR", "1층", rows, 10, "STD")));
    }

    private static EventRequest concert(String name, long venue) {
        EventRequest base = Fixtures.onSale(name, venue);
        return new EventRequest(name, null, EventKind.RESERVED, venue, base.startsAt(), base.saleOpensAt(), base.saleClosesAt(),
                List.of(new TierSpec("STD", "일반석", 50_000, null)), null, null, null, null);
    }

    private long tierId(long event) {
        return api.get("/api/events/" + event, null).body().get("tiers").get(0).get("id").asLong();
    }
}
