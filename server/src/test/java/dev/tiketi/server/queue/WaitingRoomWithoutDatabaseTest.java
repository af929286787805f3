package dev.tiketi.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.admin.CancelChoice;
import dev.tiketi.model.admin.EventCancelRequest;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueState;
import dev.tiketi.server.support.Api;
import dev.tiketi.server.support.Fixtures;
import dev.tiketi.server.support.Queues;
import dev.tiketi.server.support.Shoppers;
import dev.tiketi.server.support.Shoppers.Shopper;
import dev.tiketi.server.support.TestClock;
import dev.tiketi.server.support.TwoInstanceTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * The waiting room's shopper paths read neither the account nor the event from PostgreSQL (decision 0021),
 * and stay exact: what an admin changes on one instance is what the very next request sees on the other.
 */
class WaitingRoomWithoutDatabaseTest extends TwoInstanceTest {

    @Autowired
    JwtEncoder encoder;
    @Autowired
    MeterRegistry meters;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void aDisabledCustomerIsRefusedOnItsNextQueueRequestAndHoldOnEveryInstance() {
        String admin = api.login("admin", PASSWORD);
        long event = onSaleEvent(admin, "Rush");
        new Queues(api).configure(event, admin, QueueMode.FORCED_ON, 10, 600, 600, 600);
        Shopper shopper = Shoppers.create(data.jdbc(), encoder, 1).get(0);
        for (Api server : List.of(api, second.api())) {
            assertThat(new Queues(server).check(event, shopper.token()).state()).isIn(QueueState.QUEUED, QueueState.ADMITTED);
        }

        assertThat(api.patch("/api/admin/users/" + shopper.id(), Map.of("enabled", false), admin).status()).isEqualTo(200);

        for (Api server : List.of(second.api(), api)) {
            for (String[] call : List.of(new String[] {"POST", "check"}, new String[] {"GET", "status"},
                    new String[] {"POST", "heartbeat"}, new String[] {"POST", "leave"})) {
                Api.Res r = server.send(call[0], "/api/queue/" + call[1] + "/" + event, null, "application/json",
                        shopper.token(), Map.of());
                assertThat(r.status()).as(call[1]).isEqualTo(401);
                assertThat(r.code()).as(call[1]).isEqualTo("ACCOUNT_DISABLED");
            }
            Api.Res hold = server.post("/api/events/" + event + "/holds", Map.of("seatIds", List.of(1)), shopper.token());
            assertThat(hold.status()).as("hold").isEqualTo(401);
            assertThat(hold.code()).as("hold").isEqualTo("ACCOUNT_DISABLED");
        }
    }

    @Test
    void aDemotedAdminLosesAdminRightsAtOnceOnEveryInstance() {
        String admin = api.login("admin", PASSWORD);
        long event = onSaleEvent(admin, "Rush");
        new Queues(api).configure(event, admin, QueueMode.FORCED_ON, 10, 600, 600, 600);
        Api.Res created = api.post("/api/admin/users", Map.of("username", "second-admin", "password", PASSWORD,
                "displayName", "관리자 둘", "role", "ADMIN"), admin);
        assertThat(created.status()).isEqualTo(201);
        long secondId = created.body().get("id").asLong();
        String demoted = api.login("second-admin", PASSWORD);
        for (Api server : List.of(api, second.api())) {
            assertThat(server.get("/api/admin/users", demoted).status()).isEqualTo(200);
            // staff skip the line (and, the second time, from what Redis learned of the account)
            assertThat(new Queues(server).check(event, demoted).state()).isEqualTo(QueueState.OPEN);
            assertThat(new Queues(server).check(event, demoted).state()).isEqualTo(QueueState.OPEN);
        }

        assertThat(api.patch("/api/admin/users/" + secondId, Map.of("role", "CUSTOMER"), admin).status()).isEqualTo(200);

        for (Api server : List.of(second.api(), api)) {
            Api.Res users = server.get("/api/admin/users", demoted);
            assertThat(users.status()).isEqualTo(403);
            assertThat(users.code()).isEqualTo("FORBIDDEN");
            assertThat(server.get("/api/queue/admin/" + event, demoted).status()).isEqualTo(403);
            // the token still says ADMIN; the waiting room treats the account as the customer it now is
            assertThat(new Queues(server).check(event, demoted).state()).isIn(QueueState.QUEUED, QueueState.ADMITTED);
        }
    }

    @Test
    void queueTermsChangedOnOneInstanceAreUsedByTheNextCheckOnTheOther() {
        String admin = api.login("admin", PASSWORD);
        Fixtures fixtures = new Fixtures(api, admin);
        long venue = fixtures.venue(Fixtures.smallVenue("Hall"));
        Instant now = TestClock.CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
        EventRequest open = Fixtures.reserved("공연", venue, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(11)));
        long event = fixtures.publishedEvent(open);
        List<Shopper> shoppers = Shoppers.create(data.jdbc(), encoder, 3);
        Queues onB = new Queues(second.api());
        // B has the event's terms cached (mode OFF in tests: the room is open)
        assertThat(onB.check(event, shoppers.get(0).token()).state()).isEqualTo(QueueState.OPEN);

        // the waiting room's settings, changed on A: B's next check queues
        new Queues(api).configure(event, admin, QueueMode.FORCED_ON, 1, 1, 600, 600);
        assertThat(onB.check(event, shoppers.get(1).token()).state()).isIn(QueueState.QUEUED, QueueState.ADMITTED);

        // the sale window, changed on A to close in an hour: B derives the status from the new window
        EventRequest closesSoon = Fixtures.reserved("공연", venue, now.minus(Duration.ofDays(1)), now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(11)));
        assertThat(api.put("/api/admin/events/" + event, closesSoon, admin).status()).isEqualTo(200);
        TestClock.CLOCK.advance(Duration.ofHours(2));
        Api.Res closed = onB.checkRaw(event, shoppers.get(2).token(), null);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("EVENT_NOT_ON_SALE");

        // the event's state, changed on A: to everyone but admins a cancelled event is not on sale either
        long other = fixtures.publishedEvent(Fixtures.reserved("다른 공연", venue, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(11))));
        assertThat(onB.check(other, shoppers.get(2).token()).state()).isEqualTo(QueueState.OPEN);
        assertThat(api.post("/api/admin/events/" + other + "/cancel",
                new EventCancelRequest(CancelChoice.FLAG_FOR_FOLLOW_UP, "공연 취소"), admin).status()).isEqualTo(200);
        assertThat(onB.checkRaw(other, shoppers.get(2).token(), null).code()).isEqualTo("EVENT_NOT_ON_SALE");
    }

    @Test
    void afterRedisLostItsDataDisabledAndDemotedAccountsStayRefusedOnEveryInstance() {
        String admin = api.login("admin", PASSWORD);
        long event = onSaleEvent(admin, "Rush");
        new Queues(api).configure(event, admin, QueueMode.FORCED_ON, 10, 600, 600, 600);
        Shopper shopper = Shoppers.create(data.jdbc(), encoder, 1).get(0);
        String kiosk = api.login("kiosk", PASSWORD);
        long kioskId = api.get("/api/auth/me", kiosk).body().get("id").asLong();
        for (Api server : List.of(api, second.api())) {
            new Queues(server).check(event, shopper.token());
            new Queues(server).check(event, kiosk, "kiosk-1");
        }
        assertThat(api.patch("/api/admin/users/" + shopper.id(), Map.of("enabled", false), admin).status()).isEqualTo(200);
        assertThat(api.patch("/api/admin/users/" + kioskId, Map.of("role", "CUSTOMER"), admin).status()).isEqualTo(200);

        redis.execute((RedisCallback<Object>) c -> {
            c.serverCommands().flushDb();
            return null;
        });

        for (Api server : List.of(second.api(), api, second.api())) {
            assertThat(new Queues(server).checkRaw(event, shopper.token(), null).code()).isEqualTo("ACCOUNT_DISABLED");
            // the kiosk's token still says KIOSK: the account, a customer now, queues as one shopper on any terminal
            Api.Res asKiosk = new Queues(server).checkRaw(event, kiosk, "kiosk-1");
            assertThat(asKiosk.status()).isEqualTo(200);
            assertThat(server.get("/api/admin/users", kiosk).status()).isEqualTo(403);
        }
        assertThat(redis.opsForHash().get(data.redisKey("acct"), Long.toString(shopper.id()))).isEqualTo("?");
    }

    @Test
    void checksStatusesAndHeartbeatsBorrowNoDatabaseConnection() {
        String admin = api.login("admin", PASSWORD);
        long event = onSaleEvent(admin, "Rush");
        new Queues(api).configure(event, admin, QueueMode.FORCED_ON, 5, 600, 600, 600);
        List<Shopper> shoppers = Shoppers.create(data.jdbc(), encoder, 34);
        Queues queues = new Queues(api);
        // the first request after Redis was emptied loads what it needs once (the account states, the terms)
        queues.check(event, shoppers.get(0).token());
        String kiosk = api.login("kiosk", PASSWORD);
        queues.check(event, kiosk, "kiosk-1");
        double before = borrowed();

        for (Shopper s : shoppers.subList(1, 34)) {
            assertThat(queues.check(event, s.token()).state()).isIn(QueueState.QUEUED, QueueState.ADMITTED);
        }
        for (Shopper s : shoppers.subList(1, 34)) {
            assertThat(queues.status(event, s.token()).state()).isIn(QueueState.QUEUED, QueueState.ADMITTED);
        }
        for (Shopper s : shoppers.subList(1, 33)) {
            assertThat(queues.heartbeat(event, s.token()).state()).isIn(QueueState.QUEUED, QueueState.ADMITTED);
        }
        // a kiosk, remembered in Redis after its first request
        assertThat(queues.check(event, kiosk, "kiosk-1").state()).isIn(QueueState.QUEUED, QueueState.ADMITTED);
        queues.leave(event, shoppers.get(33).token());

        assertThat(borrowed() - before).as("PostgreSQL connections borrowed by 101 queue requests").isZero();
        // the same counter does move for a request that reads the database
        api.get("/api/auth/me", kiosk);
        assertThat(borrowed() - before).isPositive();
    }

    private double borrowed() {
        Timer acquired = meters.find("hikaricp.connections.acquire").timer();
        assertThat(acquired).as("Hikari's meters").isNotNull();
        return acquired.count();
    }

    private long onSaleEvent(String admin, String name) {
        Fixtures fixtures = new Fixtures(api, admin);
        return fixtures.publishedEvent(Fixtures.onSale(name, fixtures.venue(Fixtures.smallVenue("Hall"))));
    }
}
