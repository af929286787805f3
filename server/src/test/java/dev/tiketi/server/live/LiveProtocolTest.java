package dev.tiketi.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.tiketi.live.Feed;
import dev.tiketi.live.LiveClient;
import dev.tiketi.live.SeatFeed;
import dev.tiketi.live.StockFeed;
import dev.tiketi.model.common.Headers;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.live.LiveDestinations;
import dev.tiketi.model.live.LiveRefusal;
import dev.tiketi.model.live.SeatsUpdate;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.model.queue.QueueStatus;
import dev.tiketi.model.queue.QueueSummary;
import dev.tiketi.model.sales.HoldRequest;
import dev.tiketi.model.sales.HoldView;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.SeatsSnapshot;
import dev.tiketi.model.sales.StockSnapshot;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.IntegrationTest;
import dev.tiketi.server.support.LiveClients;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Sales;
import dev.tiketi.server.support.Shoppers;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The live protocol on one instance: nothing missed across a disconnect or a lost pub/sub link, the polling
 * fallback, refusals, the waiting room's pushes, and clients that do not keep up.
 */
class LiveProtocolTest extends IntegrationTest {
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    JwtEncoder encoder;
    @Autowired
    LiveRelay relay;
    @Autowired
    LiveSessions sessions;
    @Autowired
    ThreadPoolTaskScheduler taskScheduler;

    private final LiveClients live = new LiveClients();
    private String admin;
    private String clerk;
    private String customer;
    private long event;
    private long venue;
    private List<Long> seats;

    @BeforeEach
    void setUp() {
        admin = api.login("admin", PASSWORD);
        clerk = api.login("clerk", PASSWORD);
        customer = api.login("customer", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        event = fixtures.publishedEvent(Fixtures.onSale("Show", venue));
        seats = new Sales(api).seats(venue).stream().filter(s -> !s.blocked()).map(s -> s.id()).sorted().toList();
        // loads the event into Redis now, so the resync that a first load announces is not mixed into a test
        new Sales(api).snapshot(event);
    }

    @AfterEach
    void closeClients() {
        live.close();
    }

    @Test
    void pushesGoOutWhileEveryBackgroundThreadIsBusy() throws Exception {
        LiveClient client = live.connect(port, customer, null);
        SeatFeed feed = live.seats(client, api, event, Duration.ofHours(1));
        // the sweeper's and admitter's threads, all stuck in a long pass: pushes must not queue behind them
        int threads = taskScheduler.getScheduledThreadPoolExecutor().getCorePoolSize();
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(threads);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < threads; i++) {
            taskScheduler.execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertThat(busy.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long pushes = feed.pushesApplied();
            new Sales(api).holdSeats(event, clerk, "c1", seats.get(3)).as(HoldView.class);
            await().atMost(Duration.ofSeconds(2)).until(() -> feed.pushesApplied() > pushes
                    && feed.seat(seats.get(3)).status() == SeatStatus.HELD);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aClientAwayWhileAHundredChangesHappenEndsWithExactlyTheServersState() {
        LiveClient client = live.connect(port, customer, null);
        SeatFeed feed = live.seats(client, api, event, Duration.ofHours(1));
        long reloadsBefore = feed.reloads();

        client.hold();
        Sales sales = new Sales(api);
        int changes = 0;
        for (int i = 0; i < 60; i++) {
            HoldView h = sales.holdSeats(event, clerk, "c1", seats.get(i)).as(HoldView.class);
            changes++;
            if (i % 2 == 0) {
                assertThat(release(h)).isEqualTo(204);
                changes++;
            }
        }
        for (int i = 0; changes < 100; i++) {
            sales.holdSeats(event, clerk, "c1", seats.get(60 + i)).as(HoldView.class);
            changes++;
        }
        SeatsSnapshot truth = sales.snapshot(event);
        assertThat(feed.version()).isLessThan(truth.version());

        client.resume();
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.version() == truth.version());
        assertThat(statuses(feed.seats().values())).isEqualTo(statuses(truth.seats()));
        assertThat(feed.seats().values().stream().filter(s -> s.status() == SeatStatus.HELD).count()).isEqualTo(40);
        assertThat(feed.reloads()).isEqualTo(reloadsBefore + 1);
        assertThat(client.connectCount()).isEqualTo(2);
    }

    @Test
    void theRedisPubSubLinkKilledMidStreamLeavesNoStaleSeatAfterTwoSeconds() {
        LiveClient client = live.connect(port, customer, null);
        SeatFeed feed = live.seats(client, api, event, Duration.ofHours(1));
        LiveClients.Recorder<SeatsUpdate> updates = live.record(client, LiveDestinations.seats(event), SeatsUpdate.class);
        Sales sales = new Sales(api);
        long resyncsBefore = relay.resyncs();

        for (int i = 0; i < 40; i++) {
            if (i == 10) {
                Long killed = redis.execute((RedisCallback<Long>) c -> killPubSub(c));
                assertThat(killed).isPositive();
            }
            sales.holdSeats(event, clerk, "c1", seats.get(i)).as(HoldView.class);
        }
        SeatsSnapshot truth = sales.snapshot(event);
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.version() >= truth.version()
                && statuses(feed.seats().values()).equals(statuses(truth.seats())));
        // not only gap detection: the server itself told its clients to reload once its link was back
        await().atMost(Duration.ofSeconds(2)).until(() -> updates.messages().stream().anyMatch(SeatsUpdate::resync));
        assertThat(relay.resyncs()).isGreaterThan(resyncsBefore);

        // and the link works again: a change after it arrives as a push
        long pushes = feed.pushesApplied();
        sales.holdSeats(event, clerk, "c1", seats.get(45)).as(HoldView.class);
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.pushesApplied() > pushes
                && feed.seat(seats.get(45)).status() == SeatStatus.HELD);
    }

    /** {@code CLIENT KILL TYPE pubsub}, one client at a time (the driver cannot read that command's reply). */
    private static Long killPubSub(RedisConnection c) {
        long killed = 0;
        for (var client : c.serverCommands().getClientList()) {
            String flags = client.get("flags");
            if (flags != null && flags.contains("P")) {
                String[] address = client.getAddressPort().split(":");
                c.serverCommands().killClient(address[0], Integer.parseInt(address[1]));
                killed++;
            }
        }
        return killed;
    }

    @Test
    void whileTheLinkIsDownTheFeedSaysPollingAndStillFollowsTheServer() {
        LiveClient client = live.connect(port, customer, null);
        SeatFeed feed = live.seats(client, api, event, Duration.ofMillis(200));
        assertThat(feed.mode()).isEqualTo(Feed.Mode.LIVE);

        client.hold();
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.mode() == Feed.Mode.POLLING);
        assertThat(client.state()).isEqualTo(LiveClient.State.OFFLINE);
        new Sales(api).holdSeats(event, clerk, "c1", seats.get(3)).as(HoldView.class);
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.seat(seats.get(3)).status() == SeatStatus.HELD);

        client.resume();
        await().atMost(Duration.ofSeconds(3)).until(() -> feed.mode() == Feed.Mode.LIVE);
    }

    @Test
    void gaStockIsPushedWholeAndEndsAtTheServersNumbers() {
        long ga = new Fixtures(api, admin).publishedEvent(Fixtures.ga("Festival", 50));
        LiveClient client = live.connect(port, customer, null);
        StockFeed feed = live.stock(client, api, ga, Duration.ofHours(1));
        long tier = api.get("/api/events/" + ga, null).body().get("tiers").get(0).get("id").asLong();
        Sales sales = new Sales(api);
        for (int i = 0; i < 10; i++) {
            sales.hold(ga, new HoldRequest(null, tier, 3, null, null), clerk, "c1").as(HoldView.class);
        }
        StockSnapshot truth = sales.stock(ga);
        assertThat(truth.tiers().get(0).available()).isEqualTo(20);
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.stock().version() == truth.version());
        assertThat(feed.stock()).isEqualTo(truth);
        assertThat(feed.pushesApplied()).isPositive();
    }

    @Test
    void blockingASeatInTheVenueReachesTheSeatMapAndTheStockLive() {
        long annex = new Fixtures(api, admin).venue(Fixtures.smallVenue("Annex"));
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long later = new Fixtures(api, admin).publishedEvent(Fixtures.reserved("Later", annex, now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(11))));
        Sales sales = new Sales(api);
        sales.snapshot(later);
        LiveClient client = live.connect(port, clerk, "c1");
        SeatFeed seatsFeed = live.seats(client, api, later, Duration.ofHours(1));
        StockFeed stockFeed = live.stock(client, api, later, Duration.ofHours(1));
        int vipBefore = vipCapacity(stockFeed.stock());

        VenueRequest blocked = new VenueRequest("Annex", "1 Test-ro", List.of(
                new SectionSpec("FLR", "Floor", 5, 10, "A", false, "STD", Map.of("A", "VIP", "B", "VIP"),
                        List.of("A-1", "A-2"), List.of("E"), null, null, null),
                new SectionSpec("BAL", "Balcony", 3, 8, "A", true, "BAL", null, null, null, null, null, 20.0)));
        assertThat(api.put("/api/admin/venues/" + annex, blocked, admin).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(2)).until(() -> vipCapacity(stockFeed.stock()) == vipBefore - 1);
        SeatsSnapshot truth = sales.snapshot(later);
        await().atMost(Duration.ofSeconds(2)).until(() -> statuses(seatsFeed.seats().values()).equals(statuses(truth.seats())));
        assertThat(seatsFeed.seats().values().stream().filter(s -> s.status() == SeatStatus.BLOCKED).count()).isEqualTo(2);
    }

    private static int vipCapacity(StockSnapshot stock) {
        return stock.tiers().stream().filter(t -> t.tierCode().equals("VIP")).findFirst().orElseThrow().capacity();
    }

    @Test
    void reusingASubscriptionIdForAnotherEventDoesNotSilenceThatEvent() throws Exception {
        long other = new Fixtures(api, admin).publishedEvent(Fixtures.onSale("Matinee", venue));
        Sales sales = new Sales(api);
        sales.snapshot(other);
        try (RawStompClient tricky = RawStompClient.open(port, customer, null, 0)) {
            tricky.subscribe("same", LiveDestinations.stock(event));
            tricky.awaitReceipt();
            tricky.subscribe("same", LiveDestinations.stock(other));
            tricky.awaitReceipt();
        }
        await().atMost(Duration.ofSeconds(3)).until(() -> sessions.sessionCount() == 0);
        StockFeed feed = live.stock(live.connect(port, customer, null), api, other, Duration.ofHours(1));
        long pushes = feed.pushesApplied();
        sales.holdSeats(other, clerk, "c1", seats.get(0)).as(HoldView.class);
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.pushesApplied() > pushes
                && feed.stock().version() == sales.stock(other).version());
    }

    @Test
    void anAdminChangeToTheEventTellsItsClientsToReload() {
        LiveClient client = live.connect(port, customer, null);
        LiveClients.Recorder<SeatsUpdate> updates = live.record(client, LiveDestinations.seats(event), SeatsUpdate.class);
        assertThat(api.put("/api/admin/events/" + event, Fixtures.onSale("Show, later", venue), admin).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(2)).until(() -> updates.messages().stream().filter(SeatsUpdate::resync).count() == 1);
        assertThat(api.post("/api/admin/events/" + event + "/close", null, admin).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(2)).until(() -> updates.messages().stream().filter(SeatsUpdate::resync).count() == 2);
        assertThat(updates.messages()).allMatch(u -> u.resync() && u.seats().isEmpty());
    }

    @Test
    void refusedConnectsAndSubscriptionsGetAnErrorFrameAndNothingElse() {
        String forged = forgedToken();
        record Case(String token, String destination, LiveRefusal refusal) {
        }
        List<Case> cases = List.of(
                new Case(null, LiveDestinations.seats(event), LiveRefusal.UNAUTHENTICATED),                  // no token
                new Case("not-a-jwt", LiveDestinations.seats(event), LiveRefusal.UNAUTHENTICATED),           // garbage
                new Case(forged, LiveDestinations.seats(event), LiveRefusal.UNAUTHENTICATED),                // signed with another key
                new Case(customer, LiveDestinations.seats(987_654), LiveRefusal.EVENT_NOT_FOUND),             // no such event
                new Case(customer, "/topic/events." + event + ".secrets", LiveRefusal.UNKNOWN_DESTINATION), // no such topic
                new Case(customer, "/topic/events.01.seats", LiveRefusal.UNKNOWN_DESTINATION),              // not a canonical id
                // someone else's place in line: the broker's own name for it, or another user's name
                new Case(customer, "/queue/events." + event + ".position-usersession1", LiveRefusal.UNKNOWN_DESTINATION),
                new Case(customer, "/user/u1/queue/events." + event + ".position", LiveRefusal.UNKNOWN_DESTINATION),
                new Case(customer, "/topic/events.*.seats", LiveRefusal.UNKNOWN_DESTINATION),
                new Case(customer, "/app/anything", LiveRefusal.UNKNOWN_DESTINATION));
        for (Case c : cases) {
            LiveClient client = live.connect(port, c.token(), null);
            List<String> errors = new CopyOnWriteArrayList<>();
            client.onError(errors::add);
            client.subscribe(c.destination(), Object.class, m -> { }, null);
            await(c.toString()).atMost(Duration.ofSeconds(3)).until(() -> errors.contains(c.refusal().name()));
            // and the server closed the connection after the ERROR frame (the client is reconnecting)
            await().atMost(Duration.ofSeconds(3)).until(() -> client.state() != LiveClient.State.CONNECTED);
            client.close();
        }
    }

    @Test
    void aRefusedSubscriptionAlwaysGetsItsErrorFrameBeforeTheConnectionCloses() throws IOException {
        List<String> refused = List.of("/topic/admin", LiveDestinations.seats(99_999_999),
                "/queue/events." + event + ".position", "/user/clerk/queue/events." + event + ".position");
        int missing = 0;
        for (int attempt = 0; attempt < 60; attempt++) {
            for (String destination : refused) {
                try (RawStompClient c = RawStompClient.open(port, customer, null, 0)) {
                    c.subscribe(destination);
                    String error = c.awaitErrorFrame(Duration.ofSeconds(5));
                    if (error == null || !error.contains("message:")) {
                        missing++;
                    }
                }
            }
        }
        assertThat(missing).as("refusals closed without an ERROR frame, of 240").isZero();
    }

    @Test
    void aDraftIsVisibleLiveToAdminsOnly() {
        long venue = new Fixtures(api, admin).venue(Fixtures.smallVenue("Other"));
        long draft = new Fixtures(api, admin).event(Fixtures.onSale("Draft", venue));
        LiveClient asCustomer = live.connect(port, customer, null);
        List<String> errors = new CopyOnWriteArrayList<>();
        asCustomer.onError(errors::add);
        asCustomer.subscribe(LiveDestinations.seats(draft), Object.class, m -> { }, null);
        await().atMost(Duration.ofSeconds(3)).until(() -> errors.contains(LiveRefusal.EVENT_NOT_FOUND.name()));

        live.record(live.connect(port, admin, "office"), LiveDestinations.seats(draft), SeatsUpdate.class);
    }

    @Test
    void theWaitingRoomPushesItsSummaryAndTheAdmissionToTheAdmittedShopperOnly() {
        Queues queues = new Queues(api);
        queues.configure(event, admin, QueueMode.FORCED_ON, 1, 600, 300, 60);
        List<Shoppers.Shopper> shoppers = Shoppers.create(data.jdbc(), encoder, 2);
        String first = shoppers.get(0).token();
        String second = shoppers.get(1).token();

        LiveClient firstClient = live.connect(port, first, null);
        LiveClients.Recorder<QueueStatus> firstPosition = live.record(firstClient, LiveDestinations.position(event), QueueStatus.class);
        LiveClients.Recorder<QueueSummary> summary = live.record(firstClient, LiveDestinations.queue(event), QueueSummary.class);
        LiveClients.Recorder<QueueStatus> secondPosition = live.record(live.connect(port, second, null),
                LiveDestinations.position(event), QueueStatus.class);

        QueueStatus queued = queues.check(event, first);
        assertThat(queued.state()).isEqualTo(QueueState.QUEUED);
        assertThat(queues.check(event, second).state()).isEqualTo(QueueState.QUEUED);

        await().atMost(Duration.ofSeconds(3)).until(() -> firstPosition.last() != null);
        QueueStatus pushed = firstPosition.last();
        assertThat(pushed.state()).isEqualTo(QueueState.ADMITTED);
        assertThat(pushed.admissionToken()).isNotBlank();
        await().atMost(Duration.ofSeconds(3)).until(() -> summary.last() != null && summary.last().admitted() == 1
                && summary.last().waiting() == 1);
        assertThat(summary.last().headSequence()).isEqualTo(queued.sequence() + 1);
        // the threshold is 1: the second shopper waits and is told nothing personal
        assertThat(secondPosition.messages()).isEmpty();

        // the pushed token is the real thing: it holds a seat
        Api.Res hold = api.send("POST", "/api/events/" + event + "/holds", Api.JSON.writeValueAsString(
                new HoldRequest(List.of(seats.get(0)), null, null, null, null)), "application/json", first,
                Queues.admission(pushed.admissionToken(), null));
        assertThat(hold.status()).isEqualTo(201);

        queues.leave(event, first);
        await().atMost(Duration.ofSeconds(3)).until(() -> secondPosition.last() != null);
        assertThat(secondPosition.last().state()).isEqualTo(QueueState.ADMITTED);
        assertThat(firstPosition.messages()).hasSize(1);
    }

    @Test
    void aSilentTerminalIsDroppedAndPresenceFollows() throws Exception {
        LiveClients.Recorder<dev.tiketi.model.live.PresenceUpdate> presence = live.record(live.connect(port, customer, null),
                LiveDestinations.presence(event), dev.tiketi.model.live.PresenceUpdate.class);
        try (RawStompClient silent = RawStompClient.open(port, clerk, "counter-9", 1000)) {
            silent.subscribe(LiveDestinations.seats(event));
            await().atMost(Duration.ofSeconds(3)).until(() -> presence.last() != null && presence.last().terminals() == 1);
            // it sends nothing more, not even heart-beats: the server closes it after three missed beats
            await().atMost(Duration.ofSeconds(8)).until(() -> presence.last().terminals() == 0);
            assertThat(silent.drainUntilClosed(Duration.ofSeconds(3))).isTrue();
        }
    }

    @Test
    void aClientThatNeverReadsDelaysNobodyAndIsCutOff() throws Exception {
        // every seat of the hall in each hold (the limit raised to allow it), so each push is about 5 KB
        EventRequest base = Fixtures.onSale("Big baskets", venue);
        long event = new Fixtures(api, admin).publishedEvent(new EventRequest(base.name(), base.description(), base.kind(),
                base.venueId(), base.startsAt(), base.saleOpensAt(), base.saleClosesAt(), base.tiers(), null, null, 100, null));
        new Sales(api).snapshot(event);
        LiveClient client = live.connect(port, customer, null);
        SeatFeed feed = live.seats(client, api, event, Duration.ofHours(1));
        Sales sales = new Sales(api);
        try (RawStompClient stuck = RawStompClient.open(port, customer, null, 0)) {
            stuck.subscribe(LiveDestinations.seats(event));
            stuck.awaitReceipt();
            await().atMost(Duration.ofSeconds(3)).until(() -> sessions.sessionCount() == 2);
            // Changes until the stuck client's socket buffers are full and its send limits (2 s or 64 KB queued
            // in the tests) cut it off; bounded, so a server that never cuts it off fails the test.
            int changes = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (sessions.sessionCount() > 1 && System.nanoTime() < deadline) {
                HoldView h = sales.hold(event, new HoldRequest(seats, null, null, null, null), clerk, "c1").as(HoldView.class);
                assertThat(release(h)).isEqualTo(204);
                changes += 2;
            }
            assertThat(sessions.sessionCount()).as("the stuck session after %d changes", changes).isEqualTo(1);
            long target = sales.snapshot(event).version();
            await().atMost(Duration.ofSeconds(2)).until(() -> feed.version() == target);
            // every change reached the reader as a push, none by a reload: the stuck client cost it nothing
            assertThat(feed.reloads()).isEqualTo(1);
            assertThat(feed.pushesApplied()).isEqualTo(changes);
            assertThat(stuck.drainUntilClosed(Duration.ofSeconds(5))).isTrue();
        }
    }

    private int release(HoldView hold) {
        return api.send("DELETE", "/api/holds/" + hold.holdId(), null, null, clerk, Map.of(Headers.TERMINAL, "c1")).status();
    }

    private static String forgedToken() {
        byte[] key = "another-secret-that-is-long-enough-32b".getBytes();
        NimbusJwtEncoder other = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(key, "HmacSHA256")));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("tiketi").subject("1").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600)).build();
        return other.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private static Map<Long, SeatStatus> statuses(Collection<SeatState> seats) {
        return seats.stream().collect(Collectors.toMap(SeatState::seatId, SeatState::status));
    }
}
