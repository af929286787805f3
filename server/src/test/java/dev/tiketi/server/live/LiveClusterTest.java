package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiketi.live.LiveClient;
import dev.tiketi.live.SeatFeed;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.PresenceUpdate;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.OrderView;
import dev.tiketi.model.sales.RefundRequest;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.ServerInstance;
import dev.tiketi.server.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Invariant 7 across instances: three servers on one PostgreSQL and one Redis; a change made through any of
 * them reaches the subscribers of every one, in version order, and presence is counted cluster-wide.
 */
class LiveClusterTest extends IntegrationTest {

    @Test
    void holdSaleRefundAndExpiryReachSubscribersOfEveryInstanceInVersionOrder() {
        String admin = api.login("admin", PASSWORD);
        String clerk = api.login("clerk", PASSWORD);
        String customer = api.login("customer", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        long event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        List<Long> seats = new Sales(api).seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).sorted().toList();

        try (ServerInstance b = ServerInstance.start(Map.of()); ServerInstance c = ServerInstance.start(Map.of());
             LiveClients live = new LiveClients()) {
            List<LiveClients.Recorder<SeatsUpdate>> recorders = new ArrayList<>();
            List<SeatFeed> feeds = new ArrayList<>();
            for (int p : new int[] {port, b.port(), c.port()}) {
                LiveClient client = live.connect(p, customer, null);
                recorders.add(live.record(client, LiveDestinations.seats(event), SeatsUpdate.class));
                // polling once an hour: whatever the feed ends with came from pushes
                feeds.add(live.seats(client, api, event, Duration.ofHours(1)));
            }

            HoldView sold = new Sales(api).holdSeats(event, clerk, "c1", seats.get(0), seats.get(1)).as(HoldView.class);
            Sales onB = new Sales(b.api());
            onB.openCashSession(clerk, 100_000, "c1");
            OrderView order = onB.buyByCash(sold.holdId(), 1_000_000, clerk, "c1").as(OrderView.class);
            assertThat(c.api().send("POST", "/api/orders/" + order.id() + "/refund",
                    Api.JSON.writeValueAsString(new RefundRequest(null, "changed plans")), "application/json", clerk,
                    Map.of(Headers.TERMINAL, "c1")).status())
                    .isEqualTo(200);
            new Sales(c.api()).holdSeats(event, clerk, "c1", seats.get(2)).as(HoldView.class);
            TestClock.CLOCK.advance(Duration.ofMinutes(5).plusSeconds(1));

            SeatsSnapshot truth = await().atMost(Duration.ofSeconds(5)).until(() -> new Sales(api).snapshot(event),
                    s -> s.seats().stream().noneMatch(x -> x.status() == SeatStatus.HELD));
            for (SeatFeed feed : feeds) {
                await().atMost(Duration.ofSeconds(3)).until(() -> feed.version() == truth.version());
                assertThat(statuses(feed.seats().values())).isEqualTo(statuses(truth.seats()));
                assertThat(feed.pushesApplied()).isEqualTo(5);
            }
            for (LiveClients.Recorder<SeatsUpdate> r : recorders) {
                List<SeatsUpdate> changes = r.messages().stream().filter(u -> !u.resync()).toList();
                assertThat(changes).extracting(u -> u.seats().get(0).status()).containsExactly(
                        SeatStatus.HELD, SeatStatus.SOLD, SeatStatus.AVAILABLE, SeatStatus.HELD, SeatStatus.AVAILABLE);
                for (int i = 1; i < changes.size(); i++) {
                    assertThat(changes.get(i).version()).isEqualTo(changes.get(i - 1).version() + 1);
                }
                assertThat(changes.get(1).seats()).extracting(SeatState::seatId).containsExactlyInAnyOrder(seats.get(0), seats.get(1));
                assertThat(changes.get(0).seats().get(0).holdExpiresAt()).isEqualTo(sold.expiresAt());
            }
        }
    }

    @Test
    void presenceCountsTerminalsAndViewersOfEveryInstance() {
        String admin = api.login("admin", PASSWORD);
        String clerk = api.login("clerk", PASSWORD);
        String kiosk = api.login("kiosk", PASSWORD);
        String customer = api.login("customer", PASSWORD);
        long venue = new Fixtures(api, admin).venue(Fixtures.smallVenue("Hall"));
        long event = new Fixtures(api, admin).publishedEvent(Fixtures.onSale("Show", venue));

        try (ServerInstance b = ServerInstance.start(Map.of()); LiveClients live = new LiveClients()) {
            LiveClients.Recorder<PresenceUpdate> onA = live.record(live.connect(port, customer, null),
                    LiveDestinations.presence(event), PresenceUpdate.class);
            LiveClient counter = live.connect(port, clerk, "counter-1");
            live.record(counter, LiveDestinations.seats(event), SeatsUpdate.class);
            LiveClient lobby = live.connect(b.port(), kiosk, "kiosk-1");
            LiveClients.Recorder<PresenceUpdate> onB = live.record(lobby, LiveDestinations.presence(event), PresenceUpdate.class);
            // the same clerk at a second connection of the same counter is one terminal
            LiveClient counterAgain = live.connect(b.port(), clerk, "counter-1");
            live.record(counterAgain, LiveDestinations.stock(event), Object.class);

            PresenceUpdate expected = new PresenceUpdate(event, 2, 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> expected.equals(onA.last()) && expected.equals(onB.last()));

            counter.close();
            counterAgain.close();
            await().atMost(Duration.ofSeconds(5)).until(() -> new PresenceUpdate(event, 1, 1).equals(onB.last()));
            lobby.close();
            await().atMost(Duration.ofSeconds(5)).until(() -> new PresenceUpdate(event, 0, 1).equals(onA.last()));
        }
    }

    private static Map<Long, SeatStatus> statuses(java.util.Collection<SeatState> seats) {
        return seats.stream().collect(Collectors.toMap(SeatState::seatId, SeatState::status));
    }
}
