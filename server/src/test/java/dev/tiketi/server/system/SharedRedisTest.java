package dev.tiketi.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tiketi.live.LiveClient;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.DataCleaner;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.ServerInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two deployments on one Redis server (each with its own PostgreSQL schema and Redis database) never hear
 * each other: Redis pub/sub ignores database numbers, so only the namespace on every channel keeps them apart.
 */
class SharedRedisTest extends IntegrationTest {
    /** The other deployment's schema and Redis database; this test's own are tiketi_it and 13. */
    private static final String OTHER_SCHEMA = "tiketi_it_other";
    private static final int OTHER_REDIS_DB = 14;

    @Test
    void aHoldInOneDeploymentIsNeverPushedToTheSubscribersOfAnotherOnTheSameRedis() {
        try (ServerInstance other = ServerInstance.startOtherDeployment(OTHER_SCHEMA, OTHER_REDIS_DB, Map.of());
             LiveClients live = new LiveClients()) {
            DataCleaner.of(other.context()).reset(PASSWORD);
            Deployment a = new Deployment(api);
            Deployment b = new Deployment(other.api());
            assertThat(b.event).as("both deployments have an event with the same id").isEqualTo(a.event);
            assertThat(b.seats).as("and the same seat ids").isEqualTo(a.seats);
            long event = a.event;

            LiveClients.Recorder<SeatsUpdate> onA = live.record(live.connect(port, a.customer, null),
                    LiveDestinations.seats(event), SeatsUpdate.class);
            LiveClients.Recorder<SeatsUpdate> onB = live.record(live.connect(other.port(), b.customer, null),
                    LiveDestinations.seats(event), SeatsUpdate.class);

            a.hold(a.seats.get(0));
            await().atMost(Duration.ofSeconds(5)).until(() -> seatsIn(onA).contains(a.seats.get(0)));
            // Redis hands one subscriber its messages in publish order, and each instance keeps that order to
            // its clients: once B's own later change arrives, a leaked change of A would have come before it
            b.hold(b.seats.get(1));
            await().atMost(Duration.ofSeconds(5)).until(() -> seatsIn(onB).contains(b.seats.get(1)));
            a.hold(a.seats.get(2));
            await().atMost(Duration.ofSeconds(5)).until(() -> seatsIn(onA).contains(a.seats.get(2)));

            assertThat(changes(onA)).containsExactly(
                    new SeatState(a.seats.get(0), SeatStatus.HELD, a.holds.get(0).expiresAt()),
                    new SeatState(a.seats.get(2), SeatStatus.HELD, a.holds.get(1).expiresAt()));
            assertThat(changes(onB)).containsExactly(
                    new SeatState(b.seats.get(1), SeatStatus.HELD, b.holds.get(0).expiresAt()));
            assertThat(new Sales(other.api()).statuses(event).get(a.seats.get(0)))
                    .as("B's own snapshot agrees").isEqualTo(SeatStatus.AVAILABLE);
        }
    }

    @Test
    void aConfiguredNamespacePrefixesTheDeploymentsKeysAndChannels() {
        try (ServerInstance other = ServerInstance.startOtherDeployment(OTHER_SCHEMA, OTHER_REDIS_DB,
                Map.of("tiketi.redis.namespace", "box-office.2"));
             LiveClients live = new LiveClients()) {
            DataCleaner.of(other.context()).reset(PASSWORD);
            Deployment b = new Deployment(other.api());
            LiveClients.Recorder<SeatsUpdate> onB = live.record(live.connect(other.port(), b.customer, null),
                    LiveDestinations.seats(b.event), SeatsUpdate.class);

            b.hold(b.seats.get(0));

            await().atMost(Duration.ofSeconds(5)).until(() -> changes(onB).size() == 1);
            StringRedisTemplate redis = other.context().getBean(StringRedisTemplate.class);
            assertThat(redis.keys("*")).isNotEmpty().allMatch(k -> k.startsWith("box-office.2:"));
            assertThat(redis.opsForHash().keys("box-office.2:sh:{e" + b.event + "}")).containsExactly(b.seats.get(0).toString());
        }
    }

    @Test
    void aNamespaceThatRedisWouldReadAsAPatternOrHashTagIsRefusedAtStartUp() {
        // every refused character is covered in RedisNamespaceTest; here: the server does not start
        assertThatThrownBy(() -> ServerInstance.startOtherDeployment(OTHER_SCHEMA, OTHER_REDIS_DB,
                Map.of("tiketi.redis.namespace", "tiketi*")).close())
                .hasStackTraceContaining("TIKETI_REDIS_NAMESPACE");
    }

    private static List<Long> seatsIn(LiveClients.Recorder<SeatsUpdate> recorder) {
        return changes(recorder).stream().map(SeatState::seatId).toList();
    }

    private static List<SeatState> changes(LiveClients.Recorder<SeatsUpdate> recorder) {
        return recorder.messages().stream().filter(u -> !u.resync()).flatMap(u -> u.seats().stream()).toList();
    }

    /** One deployment's venue, on-sale event, customer and the holds a clerk took through it. */
    private static final class Deployment {
        final Api api;
        final long event;
        final List<Long> seats;
        final String customer;
        final String clerk;
        final List<HoldView> holds = new java.util.ArrayList<>();

        Deployment(Api api) {
            this.api = api;
            String admin = api.login("admin", PASSWORD);
            Fixtures fixtures = new Fixtures(api, admin);
            long venue = fixtures.venue(Fixtures.smallVenue("대공연장"));
            event = fixtures.publishedEvent(Fixtures.onSale("봄 음악회", venue));
            seats = new Sales(api).seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).sorted().toList();
            customer = api.login("customer", PASSWORD);
            clerk = api.login("clerk", PASSWORD);
        }

        void hold(long seat) {
            holds.add(new Sales(api).holdSeats(event, clerk, "c1", seat).as(HoldView.class));
        }
    }
}
