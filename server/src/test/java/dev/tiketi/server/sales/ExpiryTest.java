package dev.tiketi.server.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.model.common.Headers;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.holds.HoldSweeper;
import dev.tiketi.server.inventory.Inventory;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invariant 3's expiry half, and invariant 4 where buying races expiry. */
class ExpiryTest extends IntegrationTest {
    /**
     * When a jump of the test clock is seen: the scheduled sweeper planned its pass for deadlines minutes away, so
     * it looks again within its longest wait, 4 s (decision 0030); real deadlines are met within 0.5 s.
     */
    private static final Duration NEXT_PASS = Duration.ofSeconds(6);
    @Autowired
    HoldSweeper sweeper;
    @Autowired
    Inventory inventory;

    private Sales sales;
    private String clerk;
    private long event;
    private long venue;
    private List<Long> seats;

    @BeforeEach
    void setUp() {
        String admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        sales = new Sales(api);
        venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        seats = sales.seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).sorted().toList();
    }

    /**
     * The clock jumps past the expiry here, which real time never does: a sweeper that planned its pass for the
     * hold's deadline (minutes away) releases it at its next look, at most 4 s later (decision 0030).
     */
    @Test
    void anExpiredHoldIsReleasedByTheNextPassUnpromptedAndTheVersionMoves() {
        HoldView hold = sales.holdSeats(event, clerk, "c1", seats.get(0), seats.get(1)).as(HoldView.class);
        long version = sales.snapshot(event).version();
        await("with nothing due for minutes the sweeper sleeps").atMost(Duration.ofSeconds(10)).until(() -> {
            Instant next = sweeper.plannedPass();
            return next != null && next.isAfter(Instant.now().plusMillis(900));
        });
        TestClock.CLOCK.advance(Duration.ofMinutes(5).plusMillis(1));
        await().atMost(NEXT_PASS).pollInterval(Duration.ofMillis(50)).until(() ->
                sales.statuses(event).get(seats.get(0)) == SeatStatus.AVAILABLE);
        assertThat(sales.statuses(event).get(seats.get(1))).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(sales.snapshot(event).version()).isGreaterThan(version);
        assertThat(api.get("/api/holds/" + hold.holdId(), clerk).code()).isEqualTo("HOLD_NOT_FOUND");
        assertThat(data.count("audit_log where action = 'HOLD_EXPIRED'")).isEqualTo(1);
    }

    @Test
    void aHoldNotYetExpiredStays() {
        sales.holdSeats(event, clerk, "c1", seats.get(0));
        TestClock.CLOCK.advance(Duration.ofMinutes(4).plusSeconds(50));
        assertThat(sweeper.sweep()).isZero();
        assertThat(sales.statuses(event).get(seats.get(0))).isEqualTo(SeatStatus.HELD);
    }

    /**
     * A hold lists its event for the sweeper only while the event's swept flag is unset (once per event, not per
     * hold). Taken out of the sweeper's set with its flag, as the sweeper forgets an event, or as a hold leaves it
     * when its caller dies between the script and the listing: the next hold lists it again, and every hold expires.
     */
    @Test
    void holdsExpireAfterTheirEventWasTakenOutOfTheSweepersSet() {
        HoldView before = sales.holdSeats(event, clerk, "c1", seats.get(0)).as(HoldView.class);
        assertThat(inventory.eventsWithHolds()).contains(event);
        inventory.forgetEvent(event);
        assertThat(inventory.eventsWithHolds()).doesNotContain(event);

        HoldView after = sales.holdSeats(event, clerk, "c2", seats.get(1)).as(HoldView.class);
        assertThat(inventory.eventsWithHolds()).contains(event);
        TestClock.CLOCK.advance(Duration.ofMinutes(5).plusMillis(1));
        await().atMost(NEXT_PASS).pollInterval(Duration.ofMillis(50)).until(() ->
                sales.statuses(event).get(seats.get(0)) == SeatStatus.AVAILABLE && sales.statuses(event).get(seats.get(1)) == SeatStatus.AVAILABLE);
        assertThat(api.get("/api/holds/" + before.holdId(), clerk).code()).isEqualTo("HOLD_NOT_FOUND");
        assertThat(api.get("/api/holds/" + after.holdId(), clerk).code()).isEqualTo("HOLD_NOT_FOUND");
        await().atMost(Duration.ofSeconds(2)).until(() -> data.count("audit_log where action = 'HOLD_EXPIRED'") == 2);
    }

    @Test
    void theFirstHoldAfterTheSweeperForgotAnEventWithoutHoldsListsItAgain() {
        HoldView released = sales.holdSeats(event, clerk, "c1", seats.get(0)).as(HoldView.class);
        assertThat(api.send("DELETE", "/api/holds/" + released.holdId(), null, null, clerk, Map.of(Headers.TERMINAL, "c1"))
                .status()).isEqualTo(204);
        inventory.forgetEvent(event);

        sales.holdSeats(event, clerk, "c1", seats.get(2));
        assertThat(inventory.eventsWithHolds()).contains(event);
        TestClock.CLOCK.advance(Duration.ofMinutes(5).plusMillis(1));
        await().atMost(NEXT_PASS).pollInterval(Duration.ofMillis(50)).until(() ->
                sales.statuses(event).get(seats.get(2)) == SeatStatus.AVAILABLE);
    }

    @Test
    void sweepersRunningAtOnceReleaseEachHoldExactlyOnce() throws Exception {
        for (int i = 0; i < 60; i++) {
            assertThat(sales.holdSeats(event, clerk, "t" + i, seats.get(i)).status()).isEqualTo(201);
        }
        TestClock.CLOCK.advance(Duration.ofMinutes(6));
        // eight sweepers racing (plus the scheduled one): like eight server instances
        AtomicInteger released = new AtomicInteger();
        Race.run(8, i -> released.addAndGet(sweeper.sweep()));
        await().atMost(Duration.ofSeconds(2)).until(() -> data.count("audit_log where action = 'HOLD_EXPIRED'") == 60);
        assertThat(released.get()).isLessThanOrEqualTo(60);
        assertThat(data.count("audit_log where action = 'HOLD_EXPIRED'")).isEqualTo(60);
        assertThat(sales.statuses(event).values()).doesNotContain(SeatStatus.HELD);
    }

    @Test
    void buyingRacingExpiryEndsEachHoldEitherSoldOrReleasedNeverBoth() throws Exception {
        int n = 40;
        List<String> holds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            holds.add(sales.holdSeats(event, clerk, "t" + i, seats.get(i)).as(HoldView.class).holdId());
        }
        // jump to just before expiry, then let purchases and the clock (and so the sweeper) race
        TestClock.CLOCK.advance(Duration.ofMinutes(5).minusMillis(150));
        List<Api.Res> results = Race.run(n + 1, i -> {
            if (i == n) {
                TestClock.CLOCK.advance(Duration.ofMillis(150));
                sweeper.sweep();
                return null;
            }
            return sales.buyByCard(holds.get(i), clerk, "t" + i);
        });
        await().atMost(Duration.ofSeconds(3)).until(() -> !sales.statuses(event).containsValue(SeatStatus.HELD));
        Map<Long, SeatStatus> statuses = sales.statuses(event);
        int sold = 0;
        for (int i = 0; i < n; i++) {
            Api.Res r = results.get(i);
            long seat = seats.get(i);
            long tickets = data.count("ticket where seat_id = " + seat);
            if (r.status() == 201) {
                sold++;
                assertThat(statuses.get(seat)).as("bought seat " + seat).isEqualTo(SeatStatus.SOLD);
                assertThat(tickets).isEqualTo(1);
            } else {
                assertThat(r.code()).as(r.toString()).isIn("HOLD_EXPIRED", "HOLD_NOT_FOUND");
                assertThat(statuses.get(seat)).as("released seat " + seat).isEqualTo(SeatStatus.AVAILABLE);
                assertThat(tickets).isZero();
            }
        }
        assertThat(data.count("sold_seat")).isEqualTo(sold);
        assertThat(data.count("audit_log where action = 'HOLD_EXPIRED'")).isEqualTo(n - sold);
    }
}
